import { countCharacters } from './characters';
import { describeValue } from './describeValue';

/**
 * Where a well-known metric is pushed: on the platform entity itself, or on each consumer entity
 * (a service that uses the platform).
 *
 * @public
 */
export type MetricScope = 'platform' | 'consumer';

/**
 * The names of the {@link WELL_KNOWN_METRICS}.
 *
 * @public
 */
export type WellKnownMetricName =
  | 'deployments'
  | 'change_failures'
  | 'lead_time_hours'
  | 'time_to_first_deployment_hours'
  | 'incidents'
  | 'time_to_recover_minutes'
  | 'support_tickets'
  | 'active_users'
  | 'cost';

/**
 * A metric the scorecard knows how to read, besides the SLIs that a platform's SLOs name.
 *
 * @public
 */
export interface WellKnownMetric {
  name: WellKnownMetricName;
  scope: MetricScope;
  /** `count`: events in the interval the point stands for; `gauge`: a measured value. */
  kind: 'count' | 'gauge';
  unit: string;
  description: string;
}

/**
 * The metrics the scorecard reads. Points are pushed through `POST /api/platform-product/metrics`
 * (or pulled by a provider module); every value is zero or more.
 *
 * @public
 */
export const WELL_KNOWN_METRICS: readonly WellKnownMetric[] = [
  {
    name: 'deployments',
    scope: 'consumer',
    kind: 'count',
    unit: 'deployments',
    description: 'Deployments of a consumer service.',
  },
  {
    name: 'change_failures',
    scope: 'consumer',
    kind: 'count',
    unit: 'deployments',
    description:
      'Deployments of a consumer service that caused a failure in production.',
  },
  {
    name: 'lead_time_hours',
    scope: 'consumer',
    kind: 'gauge',
    unit: 'hours',
    description: 'Time from commit to running in production, per deployment.',
  },
  {
    name: 'time_to_first_deployment_hours',
    scope: 'platform',
    kind: 'gauge',
    unit: 'hours',
    description:
      'For a team onboarding onto the platform: time from first request to first production deployment.',
  },
  {
    name: 'incidents',
    scope: 'platform',
    kind: 'count',
    unit: 'incidents',
    description: 'Incidents of the platform.',
  },
  {
    name: 'time_to_recover_minutes',
    scope: 'platform',
    kind: 'gauge',
    unit: 'minutes',
    description: 'Time to restore service, per incident of the platform.',
  },
  {
    name: 'support_tickets',
    scope: 'platform',
    kind: 'count',
    unit: 'tickets',
    description: 'Support requests opened against the platform.',
  },
  {
    name: 'active_users',
    scope: 'platform',
    kind: 'gauge',
    unit: 'people',
    description:
      'People who used the platform in the period the point stands for.',
  },
  {
    name: 'cost',
    scope: 'platform',
    kind: 'count',
    unit: 'currency',
    description:
      'What running the platform cost in the interval the point stands for.',
  },
];

/**
 * The pattern every metric name follows.
 *
 * @public
 */
export const METRIC_NAME_PATTERN = /^[a-zA-Z_][a-zA-Z0-9_.:-]{0,199}$/;

/**
 * The largest value a metric point may have. Any sum the suite takes over points (a window of
 * events, a month of cost) stays finite and exact enough far beyond any real count: overflowing a
 * double would take more than 10^293 points of this size.
 *
 * @public
 */
export const MAX_METRIC_VALUE = 1e15;

/**
 * The limits of a metric point's labels (and of a key result's label filter): how many labels, and
 * how many characters a name and a value may have.
 *
 * @public
 */
export const METRIC_LABEL_LIMITS = {
  labels: 20,
  nameCharacters: 64,
  valueCharacters: 256,
} as const;

/**
 * What is wrong with the labels of a metric point (or a key result's label filter), one message per
 * problem naming the field; empty when they are valid: an object of text values, at most
 * {@link METRIC_LABEL_LIMITS}.
 *
 * @param labels - the labels as sent
 * @param field - where they are, e.g. `points[3].labels`
 * @public
 */
export function metricLabelProblems(labels: unknown, field: string): string[] {
  if (labels === null || typeof labels !== 'object' || Array.isArray(labels)) {
    return [
      `${field} must map names to text, e.g. { "region": "eu-west-1" } — got ${describeValue(
        labels,
      )}`,
    ];
  }
  const entries = Object.entries(labels);
  if (entries.length > METRIC_LABEL_LIMITS.labels) {
    return [
      `${field} must hold at most ${METRIC_LABEL_LIMITS.labels} labels — got ${entries.length}`,
    ];
  }
  const problems: string[] = [];
  for (const [name, value] of entries) {
    if (countCharacters(name) > METRIC_LABEL_LIMITS.nameCharacters) {
      problems.push(
        `${field} has a name of ${countCharacters(
          name,
        )} characters, ${describeValue(name)}; names are at most ${
          METRIC_LABEL_LIMITS.nameCharacters
        }`,
      );
    } else if (typeof value !== 'string') {
      problems.push(
        `${field}.${name} must be text — got ${describeValue(value)}`,
      );
    } else if (countCharacters(value) > METRIC_LABEL_LIMITS.valueCharacters) {
      problems.push(
        `${field}.${name} must be at most ${
          METRIC_LABEL_LIMITS.valueCharacters
        } characters — got ${countCharacters(value)}`,
      );
    }
  }
  return problems;
}
