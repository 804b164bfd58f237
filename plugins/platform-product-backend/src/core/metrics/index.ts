export { MetricStore } from './MetricStore';
export { SnapshotStore } from './SnapshotStore';
export type { AdoptionSnapshot, ScorecardSnapshotValue } from './SnapshotStore';
export {
  canonicalLabels,
  metricPointKeyString,
  tsWithin,
} from './metricPoints';
export type {
  MetricPointKey,
  MetricPointRecord,
  TimeRange,
} from './metricPoints';
export { MetricIngestService } from './MetricIngestService';
export { registerMetricRoutes } from './routes';
export { MAX_FUTURE_SKEW_MS } from './constants';
