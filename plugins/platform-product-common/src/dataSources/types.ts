import type { MetricScope, WellKnownMetricName } from '../core/metrics';
import type { PulledMetricRole } from '../slos/sloIndicators';

/**
 * Why a pulled source has no fresh points, as the Data sources section names it: the provider's
 * own problems (`unreachable`, `rejected`, `timeout`, `empty`, `invalid-value`, `misconfigured`),
 * `no-provider` when no installed module serves the source's type, `unmapped` when series of a
 * per-consumer source name no consumer service of the platform, and `failed` for anything else.
 *
 * @public
 */
export type DataSourceProblem =
  | 'unreachable'
  | 'rejected'
  | 'timeout'
  | 'empty'
  | 'invalid-value'
  | 'misconfigured'
  | 'no-provider'
  | 'unmapped'
  | 'failed';

/**
 * One metric of a platform — of one of its SLOs, or a well-known metric its KPIs read — and where
 * its points come from.
 *
 * @public
 */
export interface DataSourceStatus {
  /** What the metric feeds: an SLO (`slo`, `sloDisplayName`, `role`), or the KPIs (`kpiMetric`). */
  feeds: 'slo' | 'kpi';
  slo?: string;
  sloDisplayName?: string;
  role?: PulledMetricRole;
  /** The well-known metric, e.g. `deployments`. */
  kpiMetric?: WellKnownMetricName;
  /** For a well-known metric: measured on the platform, or on each consumer service. */
  scope?: MetricScope;
  /** For a pulled per-consumer metric: the series label that names the service. */
  entityLabel?: string;
  /** The name the points are stored under. */
  metric: string;
  /** `pushed` through the ingest API, or `pulled` by a provider from a metricSource. */
  mode: 'pushed' | 'pulled';
  /** For a pulled metric: its source (the query, when the spec has one). */
  source?: { type: string; metricSourceRef?: string; query?: string };
  /**
   * Points stored for the metric, and the latest one's time (ISO 8601); for a pushed per-consumer
   * metric, on all the consumer services together.
   */
  points: number;
  lastPointAt: string | null;
  /** For a pulled metric: the last pull tried, the last that succeeded, and its last problem. */
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  problem: DataSourceProblem | null;
  error: string | null;
}

/**
 * The data sources of a platform, as `GET /platforms/{ref}/data-sources` answers them.
 *
 * @public
 */
export interface PlatformDataSources {
  platformRef: string;
  /** The metricSource types the installed providers serve, e.g. `['Prometheus']`. */
  providers: string[];
  /** How often pulled sources are pulled, in minutes. */
  pullIntervalMinutes: number;
  items: DataSourceStatus[];
  computedAt: string;
}
