import type { PulledMetricRole } from '../slos/sloIndicators';

/**
 * Why a pulled source has no fresh points, as the Data sources section names it: the provider's
 * own problems (`unreachable`, `rejected`, `timeout`, `empty`, `invalid-value`, `misconfigured`),
 * `no-provider` when no installed module serves the source's type, and `failed` for anything else.
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
  | 'failed';

/**
 * One metric of a platform's SLOs and where its points come from.
 *
 * @public
 */
export interface DataSourceStatus {
  slo: string;
  sloDisplayName: string;
  role: PulledMetricRole;
  /** The name the points are stored under. */
  metric: string;
  /** `pushed` through the ingest API, or `pulled` by a provider from a metricSource. */
  mode: 'pushed' | 'pulled';
  /** For a pulled metric: its source (the query, when the spec has one). */
  source?: { type: string; metricSourceRef?: string; query?: string };
  /** Points stored for the metric, and the latest one's time (ISO 8601). */
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
