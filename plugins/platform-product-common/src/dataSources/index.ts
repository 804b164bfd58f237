export * from './types';
export * from './kpiMetricSources';
