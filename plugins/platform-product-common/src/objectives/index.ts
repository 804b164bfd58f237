export * from './types';
export * from './keyResultProgress';
export * from './validateObjectiveInput';
export * from './aggregateSeries';
export * from './formatKeyResultValue';
export * from './keyResultScope';
