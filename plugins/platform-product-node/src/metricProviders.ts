import { createExtensionPoint } from '@backstage/backend-plugin-api';

/**
 * An OpenSLO v1 metric source, as a catalog entity declares it: which kind of system to ask
 * (`type`, e.g. `Prometheus`), what to ask it (`spec`, e.g. `{ query: 'sum(up)' }`) and, when the
 * provider knows several servers, which one (`metricSourceRef`, else the provider's default).
 *
 * @public
 */
export interface MetricSource {
  type: string;
  spec: Record<string, unknown>;
  metricSourceRef?: string;
}

/**
 * How the backend reads a source's values: `counter` — a monotonic counter that may reset, whose
 * per-step increases the provider returns (one value per step, for the step that ends at its
 * timestamp); `gauge` — the value at each step, as it is.
 *
 * @public
 */
export type MetricSourceKind = 'counter' | 'gauge';

/**
 * One pull the backend asks a provider for.
 *
 * @public
 */
export interface MetricPullRequest {
  source: MetricSource;
  kind: MetricSourceKind;
  /** The first step's end, inclusive; a multiple of `stepSeconds` since the epoch. */
  start: Date;
  /** The last step's end, inclusive; a multiple of `stepSeconds` since the epoch. */
  end: Date;
  /** The step between points, in seconds. */
  stepSeconds: number;
  /** Aborted when the backend's time for this pull is up. */
  signal: AbortSignal;
}

/**
 * One series a pull returned: its labels (as the source system names them) and its points, one
 * per step at the step's end, oldest first. For a counter each value is the increase over the step
 * that ends at its timestamp.
 *
 * @public
 */
export interface PulledSeries {
  labels: Record<string, string>;
  points: Array<{ timestamp: Date; value: number }>;
}

/**
 * What went wrong with a pull, for the words the Data sources section shows:
 *
 * - `unreachable` — the server did not answer (the message names its host and port);
 * - `rejected` — the server refused the query (the message carries the server's own error text);
 * - `timeout` — no answer within the time given;
 * - `empty` — the query matched no series;
 * - `invalid-value` — the answer held values that are no numbers (NaN, ±Inf);
 * - `misconfigured` — the source names a server the provider does not know, or its spec is
 *   missing what the provider needs.
 *
 * @public
 */
export type MetricPullProblem =
  | 'unreachable'
  | 'rejected'
  | 'timeout'
  | 'empty'
  | 'invalid-value'
  | 'misconfigured';

/**
 * A pull that failed, in words a platform owner can act on. Providers throw it; the backend stores
 * its problem and message per source and shows them.
 *
 * @public
 */
export class MetricPullError extends Error {
  readonly name = 'MetricPullError';

  constructor(readonly problem: MetricPullProblem, message: string) {
    super(message);
  }
}

/**
 * A metric provider: pulls points for the `metricSource.type` values it serves. The backend owns
 * everything else — which sources to pull and when (on the scheduler, once across replicas), the
 * time range (a backfill of the SLO window first, then from the last stored point), storage
 * (idempotent: a repeated or overlapping pull never counts twice) and error reporting.
 *
 * @public
 */
export interface MetricProvider {
  /** The `metricSource.type` values it serves, e.g. `['Prometheus']`; compared without case. */
  readonly types: readonly string[];
  /**
   * What is wrong with a source's spec for this provider, each problem in words (e.g.
   * `spec.query must be a PromQL expression`); empty when it is fine. Called before every pull.
   */
  validate?(source: MetricSource): string[];
  /**
   * The step to pull a source with, in seconds (e.g. the configured step of the server it names);
   * the backend's default (300 s) without it.
   */
  stepSeconds?(source: MetricSource): number | undefined;
  /**
   * Pulls the points of a source for a range. Throws a {@link MetricPullError} for a failure the
   * owner should read; any other error is reported as it is.
   */
  pull(request: MetricPullRequest): Promise<PulledSeries[]>;
}

/**
 * The extension point metric provider modules register with.
 *
 * @public
 */
export interface MetricProvidersExtensionPoint {
  /** Adds providers; a type served by two providers is an error at start. */
  addProvider(...providers: MetricProvider[]): void;
}

/**
 * The extension point of the Platform Product backend plugin for metric providers.
 *
 * @public
 */
export const metricProvidersExtensionPoint =
  createExtensionPoint<MetricProvidersExtensionPoint>({
    id: 'platform-product.metric-providers',
  });
