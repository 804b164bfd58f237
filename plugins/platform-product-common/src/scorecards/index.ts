export * from './scorecard';
export * from './metricKpis';
