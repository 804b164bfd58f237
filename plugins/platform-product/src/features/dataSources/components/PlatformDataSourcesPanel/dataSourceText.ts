import type {
  DataSourceProblem,
  DataSourceStatus,
  PlatformDataSources,
} from '@platform-product/backstage-plugin-platform-product-common';
import type { StatusTone } from '../../../../shared/StatusLabel';

/** What each role of a metric counts, in words. */
export const ROLE_LABELS: Record<DataSourceStatus['role'], string> = {
  good: 'Good events',
  bad: 'Bad events',
  total: 'Total events',
  threshold: 'Threshold metric',
};

/** The label and tone of each problem of a pulled source. */
export const PROBLEM_LABELS: Record<DataSourceProblem, [StatusTone, string]> = {
  unreachable: ['error', 'Unreachable'],
  rejected: ['error', 'Query rejected'],
  timeout: ['error', 'Timed out'],
  empty: ['warning', 'No series'],
  'invalid-value': ['warning', 'Values left out'],
  misconfigured: ['error', 'Misconfigured'],
  'no-provider': ['error', 'No provider'],
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
