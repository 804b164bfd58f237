import { Entity } from '@backstage/catalog-model';
import {
  kpiMetricOrigin,
  kpiMetricSources,
  pulledSources,
} from '../dataSources/kpiMetricSources';
import { validateMetadata } from './validateMetadata';

const platform = (kpiSources: unknown, slos: unknown[] = []): Entity =>
  ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'delivery', namespace: 'default' },
    spec: {
      owner: 'group:default/team-a',
      platform: {
        category: 'deployment',
        personas: ['feature-engineer'],
        slos,
        kpiSources,
      },
    },
  } as unknown as Entity);

const prometheus = (query: string) => ({
  metricSource: { type: 'Prometheus', spec: { query } },
});

describe('spec.platform.kpiSources', () => {
  it('pulls well-known metrics: counters by default for events, gauges for measured values, per consumer by a label', () => {
    const { problems, platform: spec } = validateMetadata(
      platform({
        deployments: prometheus('deployments_total{env="prod"}'),
        change_failures: {
          ...prometheus('failed_deployments_total'),
          entityLabel: 'app',
        },
        support_tickets: { ...prometheus('tickets_opened'), counter: false },
        active_users: prometheus('platform_active_users'),
      }),
    );
    expect(problems).toEqual([]);
    expect(kpiMetricSources(spec)).toEqual([
      {
        feeds: 'kpi',
        kpiMetric: 'deployments',
        scope: 'consumer',
        entityLabel: 'service',
        kind: 'counter',
        metric: 'pulled.kpi.deployments',
        source: {
          type: 'Prometheus',
          spec: { query: 'deployments_total{env="prod"}' },
        },
        window: '30d',
      },
      expect.objectContaining({
        kpiMetric: 'change_failures',
        entityLabel: 'app',
        kind: 'counter',
      }),
      expect.objectContaining({
        kpiMetric: 'support_tickets',
        scope: 'platform',
        kind: 'gauge',
      }),
      expect.objectContaining({ kpiMetric: 'active_users', kind: 'gauge' }),
    ]);
    expect(kpiMetricSources(spec)[2]).not.toHaveProperty('entityLabel');
    expect(pulledSources(spec)).toHaveLength(4);
    expect(kpiMetricOrigin(spec, 'deployments')).toEqual({
      pulled: true,
      metric: 'pulled.kpi.deployments',
    });
    expect(kpiMetricOrigin(spec, 'cost')).toEqual({
      pulled: false,
      metric: 'cost',
    });
  });

  it('backfills 90 days for time to first deployment, which the KPI reads over 90 days', () => {
    const { platform: spec } = validateMetadata(
      platform({ time_to_first_deployment_hours: prometheus('ttfd_hours') }),
    );
    expect(kpiMetricSources(spec)[0]).toMatchObject({
      window: '90d',
      kind: 'gauge',
      scope: 'platform',
    });
  });

  it.each([
    [
      { deployment: prometheus('x') },
      'spec.platform.kpiSources has unknown field "deployment" (did you mean "deployments"?)',
    ],
    [
      { cost: { ...prometheus('x'), entityLabel: 'service' } },
      'spec.platform.kpiSources.cost.entityLabel is only for per-consumer metrics (deployments, change_failures, lead_time_hours)',
    ],
    [
      { deployments: { ...prometheus('x'), entityLabel: 'my-label' } },
      'spec.platform.kpiSources.deployments.entityLabel must be a label name such as service',
    ],
    [
      { deployments: { ...prometheus('x'), counter: 'yes' } },
      'spec.platform.kpiSources.deployments.counter must be true (a counter) or false (a measured value)',
    ],
    [
      { deployments: { metric: 'deployments' } },
      'spec.platform.kpiSources.deployments has unknown field "metric"',
    ],
    [
      { cost: { metricSource: { type: 'Prometheus' } } },
      'spec.platform.kpiSources.cost.metricSource.spec is required',
    ],
  ])('refuses %j with a precise error', (kpiSources, message) => {
    const { problems } = validateMetadata(platform(kpiSources));
    expect(problems.map(p => p.message).join('\n')).toContain(message);
  });
});
