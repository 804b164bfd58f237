import type {
  MetricRef,
  MetricSourceSpec,
  PlatformSlo,
  PlatformSpec,
} from '../catalog/types';

/**
 * The two metrics of a ratio SLI: the events it counts (good or bad ones) and all events.
 *
 * @public
 */
export interface RatioMetrics {
  /** The metric of the good events, or of the bad ones when `counts` is `bad`. */
  counted: string;
  counts: 'good' | 'bad';
  total: string;
}

/**
 * The metrics of an SLO's ratio indicator, or `undefined` for a threshold indicator.
 *
 * @public
 */
export function ratioMetricsOf(slo: PlatformSlo): RatioMetrics | undefined {
  if (!('ratioMetric' in slo.indicator)) {
    return undefined;
  }
  const { good, bad, total } = slo.indicator.ratioMetric;
  const name = (ref: MetricRef, role: PulledMetricRole) =>
    ref.metric ?? pulledMetricName(slo.name, role);
  return good
    ? {
        counted: name(good, 'good'),
        counts: 'good',
        total: name(total, 'total'),
      }
    : {
        counted: name(bad!, 'bad'),
        counts: 'bad',
        total: name(total, 'total'),
      };
}

/**
 * Which metric of an SLO a pulled source feeds.
 *
 * @public
 */
export type PulledMetricRole = 'good' | 'bad' | 'total' | 'threshold';

/**
 * The prefix of {@link pulledMetricName}.
 *
 * @public
 */
export const PULLED_METRIC_PREFIX = 'pulled.';

/**
 * The name a pulled metric's points are stored under, on the platform entity:
 * `pulled.<slo>.<role>`, e.g. `pulled.api-availability.good`. Pushing points under such a name is
 * refused, so that pulled and pushed points never mix.
 *
 * @public
 */
export function pulledMetricName(
  sloName: string,
  role: PulledMetricRole,
): string {
  return `${PULLED_METRIC_PREFIX}${sloName}.${role}`;
}

/**
 * A metric source of a platform's SLOs, with the name its points are stored under.
 *
 * @public
 */
export interface SloMetricSource {
  feeds: 'slo';
  slo: string;
  role: PulledMetricRole;
  /** `counter` for a ratio indicator's events (increases per step), else `gauge`. */
  kind: 'counter' | 'gauge';
  metric: string;
  source: MetricSourceSpec;
  /** The SLO's window, e.g. `30d`: how far back the first pull backfills. */
  window: string;
}

/**
 * Every metric source the SLOs of a platform pull from, in declaration order.
 *
 * @public
 */
export function sloMetricSources(
  spec: PlatformSpec | undefined,
): SloMetricSource[] {
  const sources: SloMetricSource[] = [];
  for (const slo of spec?.slos ?? []) {
    const window = slo.timeWindow[0]?.duration ?? '30d';
    const add = (
      ref: MetricRef | undefined,
      role: PulledMetricRole,
      kind: 'counter' | 'gauge',
    ) => {
      if (ref?.metricSource) {
        sources.push({
          feeds: 'slo',
          slo: slo.name,
          role,
          kind,
          metric: pulledMetricName(slo.name, role),
          source: ref.metricSource,
          window,
        });
      }
    };
    if ('ratioMetric' in slo.indicator) {
      const { good, bad, total } = slo.indicator.ratioMetric;
      add(good, 'good', 'counter');
      add(bad, 'bad', 'counter');
      add(total, 'total', 'counter');
    } else {
      add(slo.indicator.thresholdMetric, 'threshold', 'gauge');
    }
  }
  return sources;
}

/**
 * The metric of an SLO's threshold indicator, or `undefined` for a ratio indicator.
 *
 * @public
 */
export function thresholdMetricOf(slo: PlatformSlo): string | undefined {
  return 'thresholdMetric' in slo.indicator
    ? slo.indicator.thresholdMetric.metric ??
        pulledMetricName(slo.name, 'threshold')
    : undefined;
}

/**
 * Every metric the SLOs of a platform name, without duplicates.
 *
 * @public
 */
export function sloMetricNames(spec: PlatformSpec | undefined): string[] {
  const names = (spec?.slos ?? []).flatMap(slo => {
    const ratio = ratioMetricsOf(slo);
    return ratio ? [ratio.counted, ratio.total] : [thresholdMetricOf(slo)!];
  });
  return [...new Set(names)];
}

/**
 * Good and total events from the sums of a ratio SLI's two metrics. Ingest refuses a point that
 * counts more good (or bad) events than its total, but sums over a window can still disagree when
 * one of the two metrics was not pushed for some interval; the counted events are then capped at
 * the total, so that the error budget stays defined.
 *
 * @public
 */
export function goodAndTotal(
  ratio: RatioMetrics,
  sums: { counted: number; total: number },
): { good: number; total: number } {
  const total = sums.total;
  const counted = Math.min(sums.counted, total);
  return { good: ratio.counts === 'good' ? counted : total - counted, total };
}
