export * from './formatValues';
export * from './formatAdoptionStage';
export * from './formatBurnRate';
