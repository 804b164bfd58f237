import type { PlatformSlo, PlatformSpec } from '../catalog/types';

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
  return good
    ? { counted: good.metric, counts: 'good', total: total.metric }
    : { counted: bad!.metric, counts: 'bad', total: total.metric };
}

/**
 * The metric of an SLO's threshold indicator, or `undefined` for a ratio indicator.
 *
 * @public
 */
export function thresholdMetricOf(slo: PlatformSlo): string | undefined {
  return 'thresholdMetric' in slo.indicator
    ? slo.indicator.thresholdMetric.metric
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
