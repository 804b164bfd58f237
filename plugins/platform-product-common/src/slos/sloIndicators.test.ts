import type { PlatformSlo } from '../catalog/types';
import { goodAndTotal, ratioMetricsOf, sloMetricNames } from './sloIndicators';

const ratio = (counted: 'good' | 'bad'): PlatformSlo => ({
  name: `by-${counted}`,
  indicator: {
    ratioMetric: {
      counter: true,
      [counted]: { metric: `requests_${counted}` },
      total: { metric: 'requests_total' },
    },
  } as PlatformSlo['indicator'],
  timeWindow: [{ duration: '30d', isRolling: true }],
  budgetingMethod: 'Occurrences',
  objectives: [{ target: 0.99 }],
});
const latency: PlatformSlo = {
  ...ratio('good'),
  name: 'latency',
  indicator: { thresholdMetric: { metric: 'latency_p99_ms' } },
  objectives: [{ target: 0.95, op: 'lte', value: 300 }],
} as PlatformSlo;

describe('SLO indicators', () => {
  it('turns bad events into good ones, and caps counted events at the total', () => {
    expect(
      goodAndTotal(ratioMetricsOf(ratio('bad'))!, { counted: 7, total: 1000 }),
    ).toEqual({ good: 993, total: 1000 });
    expect(
      goodAndTotal(ratioMetricsOf(ratio('good'))!, {
        counted: 1200,
        total: 1000,
      }),
    ).toEqual({ good: 1000, total: 1000 });
    expect(
      goodAndTotal(ratioMetricsOf(ratio('bad'))!, {
        counted: 1200,
        total: 1000,
      }),
    ).toEqual({ good: 0, total: 1000 });
  });

  it('lists every metric the SLOs read once', () => {
    expect(
      sloMetricNames({
        category: 'deployment',
        slos: [ratio('good'), ratio('bad'), latency],
      } as any),
    ).toEqual([
      'requests_good',
      'requests_total',
      'requests_bad',
      'latency_p99_ms',
    ]);
    expect(sloMetricNames(undefined)).toEqual([]);
  });
});
