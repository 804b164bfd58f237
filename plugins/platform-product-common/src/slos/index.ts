export * from './errorBudget';
export * from './burnRateAlerts';
export * from './sloHealth';
export * from './resolveSloWindow';
export * from './sloStatus';
export * from './sloIndicators';
