export * from './errorBudget';
export * from './burnRateAlerts';
