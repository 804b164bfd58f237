/**
 * Where a well-known metric is pushed: on the platform entity itself, or on each consumer entity
 * (a service that uses the platform).
 *
 * @public
 */
export type MetricScope = 'platform' | 'consumer';

/**
 * A metric the scorecard knows how to read, besides the SLIs that a platform's SLOs name.
 *
 * @public
 */
export interface WellKnownMetric {
  name: string;
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
