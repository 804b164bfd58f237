import type {
  DataSourceProblem,
  DataSourceStatus,
  PlatformDataSources,
  PulledMetricRole,
  WellKnownMetricName,
} from '@platform-product/backstage-plugin-platform-product-common';
import type { StatusTone } from '../../../../shared/StatusLabel';

/** What each role of a metric counts, in words. */
export const ROLE_LABELS: Record<PulledMetricRole, string> = {
  good: 'Good events',
  bad: 'Bad events',
  total: 'Total events',
  threshold: 'Threshold metric',
};

/** What each well-known metric is, in words. */
export const KPI_METRIC_LABELS: Record<WellKnownMetricName, string> = {
  deployments: 'Deployments',
  change_failures: 'Change failures',
  lead_time_hours: 'Lead time (hours)',
  time_to_first_deployment_hours: 'Time to first deployment (hours)',
  incidents: 'Incidents',
  time_to_recover_minutes: 'Time to restore (minutes)',
  support_tickets: 'Support tickets',
  active_users: 'Active users',
  cost: 'Cost',
};

/** What a metric feeds: its SLO's name, or the scorecard. */
export function feedsText(item: DataSourceStatus): string {
  return item.feeds === 'slo'
    ? item.sloDisplayName ?? item.slo ?? 'SLO'
    : 'Scorecard KPIs';
}

/** What the metric is: an SLO's role, or a well-known metric with where it is measured. */
export function metricText(item: DataSourceStatus): {
  title: string;
  detail?: string;
} {
  if (item.feeds === 'slo') {
    return { title: item.role ? ROLE_LABELS[item.role] : item.metric };
  }
  const title = item.kpiMetric
    ? KPI_METRIC_LABELS[item.kpiMetric]
    : item.metric;
  if (item.scope !== 'consumer') {
    return { title, detail: 'on the platform' };
  }
  return {
    title,
    detail: item.entityLabel
      ? `per consumer service, by label ${item.entityLabel}`
      : 'per consumer service',
  };
}

/** The label and tone of each problem of a pulled source. */
export const PROBLEM_LABELS: Record<DataSourceProblem, [StatusTone, string]> = {
  unreachable: ['error', 'Unreachable'],
  rejected: ['error', 'Query rejected'],
  timeout: ['error', 'Timed out'],
  empty: ['warning', 'No series'],
  'invalid-value': ['warning', 'Values left out'],
  misconfigured: ['error', 'Misconfigured'],
  'no-provider': ['error', 'No provider'],
  unmapped: ['warning', 'Unmapped series'],
  failed: ['error', 'Failed'],
};

/** Where a metric's points come from: "Pushed", "Pulled from Prometheus" or "… · eu-west". */
export function sourceText(item: DataSourceStatus): string {
  if (item.mode === 'pushed' || !item.source) {
    return 'Pushed';
  }
  const { type, metricSourceRef } = item.source;
  return metricSourceRef
    ? `Pulled from ${type} · ${metricSourceRef}`
    : `Pulled from ${type}`;
}

/**
 * The metricSource types of pulled metrics that no installed provider serves, each once, in the
 * order of the metrics: named by the backend (`no-provider`) or missing from its providers.
 */
export function typesWithoutProvider(sources: PlatformDataSources): string[] {
  const types = sources.items.flatMap(item =>
    item.mode === 'pulled' &&
    item.source &&
    (item.problem === 'no-provider' ||
      !sources.providers.includes(item.source.type))
      ? [item.source.type]
      : [],
  );
  return [...new Set(types)];
}

/** "pulled every 5 minutes", "pulled every minute". */
export function pullIntervalText(minutes: number): string {
  return minutes === 1
    ? 'pulled every minute'
    : `pulled every ${minutes} minutes`;
}
