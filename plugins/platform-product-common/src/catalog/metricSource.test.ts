import { Entity } from '@backstage/catalog-model';
import {
  pulledMetricName,
  ratioMetricsOf,
  sloMetricSources,
  thresholdMetricOf,
} from '../slos/sloIndicators';
import { validateMetadata } from './validateMetadata';

const platform = (slos: unknown[]): Entity =>
  ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'observability', namespace: 'default' },
    spec: {
      owner: 'group:default/team-a',
      platform: { category: 'observability', personas: ['sre-oncall'], slos },
    },
  } as unknown as Entity);

const prometheus = (query: string) => ({
  metricSource: { type: 'Prometheus', spec: { query } },
});

const ratioSlo = {
  name: 'ingest-availability',
  indicator: {
    ratioMetric: {
      counter: true,
      good: prometheus('sum(pp_requests_total{code!~"5.."})'),
      total: {
        metricSource: {
          type: 'Prometheus',
          metricSourceRef: 'eu-west',
          spec: { query: 'sum(pp_requests_total)' },
        },
      },
    },
  },
  timeWindow: [{ duration: '28d', isRolling: true }],
  budgetingMethod: 'Occurrences',
  objectives: [{ target: 0.999 }],
};

describe('an OpenSLO metricSource', () => {
  it('is accepted on ratioMetric.good|total and thresholdMetric, beside pushed metrics', () => {
    const threshold = {
      name: 'query-latency',
      indicator: { thresholdMetric: prometheus('histogram_quantile(0.95, x)') },
      timeWindow: [{ duration: '7d', isRolling: true }],
      budgetingMethod: 'Occurrences',
      objectives: [{ target: 0.95, op: 'lte', value: 0.5 }],
    };
    const pushed = {
      ...ratioSlo,
      name: 'pushed',
      indicator: {
        ratioMetric: { good: { metric: 'ok' }, total: { metric: 'all' } },
      },
    };
    const result = validateMetadata(platform([ratioSlo, threshold, pushed]));
    expect(result.problems).toEqual([]);
    const [ratio, gauge, plain] = result.platform!.slos!;
    expect(ratioMetricsOf(ratio)).toEqual({
      counted: 'pulled.ingest-availability.good',
      counts: 'good',
      total: 'pulled.ingest-availability.total',
    });
    expect(thresholdMetricOf(gauge)).toBe(
      pulledMetricName('query-latency', 'threshold'),
    );
    expect(ratioMetricsOf(plain)).toEqual({
      counted: 'ok',
      counts: 'good',
      total: 'all',
    });
    expect(sloMetricSources(result.platform)).toEqual([
      expect.objectContaining({
        slo: 'ingest-availability',
        role: 'good',
        kind: 'counter',
        window: '28d',
        metric: 'pulled.ingest-availability.good',
      }),
      expect.objectContaining({
        role: 'total',
        source: {
          type: 'Prometheus',
          metricSourceRef: 'eu-west',
          spec: { query: 'sum(pp_requests_total)' },
        },
      }),
      expect.objectContaining({ role: 'threshold', kind: 'gauge' }),
    ]);
  });

  it.each([
    [
      { metric: 'a', ...prometheus('x') },
      'must name either a pushed metric or a metricSource, not both',
    ],
    [{}, 'must name a pushed metric (metric: http_requests_total) or a source'],
    [
      { metricSource: { type: 'Prometheus' } },
      'spec.platform.slos[0].indicator.ratioMetric.good.metricSource.spec is required; it must be an object, e.g. { query: <PromQL> }',
    ],
    [
      { metricSource: { type: 'Prom etheus', spec: {} } },
      'metricSource.type must be the type of a metric source',
    ],
    [
      { metricSource: { type: 'Prometheus', spec: {}, server: 'x' } },
      'metricSource has unknown field "server"; known fields are type, metricSourceRef, spec',
    ],
  ])('refuses %j with a precise error', (good, message) => {
    const slo = {
      ...ratioSlo,
      indicator: {
        ratioMetric: { good, total: { metric: 'all' } },
      },
    };
    const { problems } = validateMetadata(platform([slo]));
    expect(problems.map(p => p.message).join('\n')).toContain(message);
  });
});
