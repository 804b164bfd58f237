export * from './types';
export * from './adoptionStage';
export * from './findConsumers';
export * from './computeAdoption';
export * from './capacity';
