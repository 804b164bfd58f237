import { mockCredentials } from '@backstage/backend-test-utils';
import type {
  PlatformDataSources,
  Scorecard,
} from '@platform-product/backstage-plugin-platform-product-common';
import request from 'supertest';
import {
  CatalogEntities,
  describePulledFromPrometheus,
} from '../__testUtils__/pulledBackend';

type Entity = CatalogEntities[number];

/*
 * A platform's KPIs pulled from a real Prometheus: support tickets and active users on the
 * platform, deployments per consumer service mapped by the `service` label (one service by its
 * metrics-id annotation, one series that names no service). The samples are generated here, and
 * the KPIs computed from them here, independently of the backend.
 */

jest.setTimeout(60_000);

const STEP = 60;
const END = Math.floor(Date.now() / 60_000) * 60 - 60;
const NOW = (END + 30) * 1000;
const MINUTES = 36 * 60;
const FIRST = END - MINUTES * STEP;
const timeOf = (minute: number) => FIRST + minute * STEP;

/** A counter's samples, one a minute: +1 every `every` minutes, from zero again at `reset`. */
function counter(every: number, start: number, reset?: number): number[] {
  const samples: number[] = [];
  let value = start;
  for (let minute = 0; minute <= MINUTES; minute++) {
    if (minute === reset) value = 0;
    if (minute % every === 0) value += 1;
    samples.push(value);
  }
  return samples;
}

/** The sum of a counter's increases from minute 1 on; a drop is a reset, counted from zero. */
function increase(samples: number[]): number {
  let total = 0;
  for (let minute = 1; minute < samples.length; minute++) {
    const [before, now] = [samples[minute - 1], samples[minute]];
    total += now >= before ? now - before : now;
  }
  return total;
}

const TICKETS = counter(30, 12);
const USERS = Array.from({ length: MINUTES + 1 }, (_, m) => 100 + (m % 17));
const DEPLOYS: Record<string, number[]> = {
  checkout: counter(20, 40, 1000),
  'search-v2': counter(45, 3),
  'legacy-batch': counter(60, 0),
};

function openMetrics(): string {
  const lines = (name: string, labels: string, samples: number[]) =>
    samples.map((v, minute) => `${name}${labels} ${v} ${timeOf(minute)}`);
  return [
    '# TYPE pp_support_tickets counter',
    ...lines('pp_support_tickets_total', '', TICKETS),
    '# TYPE pp_active_users gauge',
    ...lines('pp_active_users', '', USERS),
    '# TYPE pp_deployments counter',
    ...Object.entries(DEPLOYS).flatMap(([service, samples]) =>
      lines('pp_deployments_total', `{service="${service}"}`, samples),
    ),
    '# EOF',
    '',
  ].join('\n');
}

const PATH = '/api/platform-product/platforms/system/default/delivery-platform';
const USER = mockCredentials.user.header();
const prometheus = (query: string) => ({
  metricSource: { type: 'Prometheus', spec: { query } },
});

const component = (
  name: string,
  relations: Entity['relations'],
  annotations?: Record<string, string>,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', ...(annotations && { annotations }) },
  spec: {
    type: 'service',
    owner: 'group:default/team-a',
    lifecycle: 'production',
  },
  relations,
});

const ENTITIES: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'delivery-platform', namespace: 'default' },
    spec: {
      owner: 'group:default/team-delivery',
      platform: {
        category: 'deployment',
        personas: ['persona:default/developer'],
        kpiSources: {
          support_tickets: prometheus('pp_support_tickets_total'),
          active_users: prometheus('pp_active_users'),
          deployments: prometheus('pp_deployments_total'),
        },
      },
    },
    relations: [
      { type: 'ownedBy', targetRef: 'group:default/team-delivery' },
      { type: 'hasPart', targetRef: 'component:default/deploy-api' },
    ],
  },
  component('deploy-api', [
    { type: 'partOf', targetRef: 'system:default/delivery-platform' },
  ]),
  component('checkout', [
    { type: 'dependsOn', targetRef: 'component:default/deploy-api' },
  ]),
  component(
    'search',
    [{ type: 'dependsOn', targetRef: 'component:default/deploy-api' }],
    { 'platform-product.dev/metrics-id': 'search-v2' },
  ),
  // A consumer without a series: left out of the median, as a service that pushes nothing is.
  component('billing', [
    { type: 'dependsOn', targetRef: 'component:default/deploy-api' },
  ]),
];

const TITLE =
  'KPIs with Prometheus metricSources, pulled from a real Prometheus';
describePulledFromPrometheus(
  TITLE,
  { openMetrics, entities: ENTITIES, stepSeconds: STEP, now: NOW },
  env => {
    it('the scorecard reads tickets per 100 users and the median consumer’s deployments a day from Prometheus', async () => {
      const pulled = await request(env.backend.server)
        .post(`${PATH}/data-sources/pull`)
        .set('Authorization', USER);
      expect(pulled.status).toBe(200);

      const response = await request(env.backend.server)
        .get(`${PATH}/scorecard`)
        .set('Authorization', USER);
      expect(response.status).toBe(200);
      const scorecard: Scorecard = response.body;
      const value = (kpi: string) =>
        scorecard.kpis.find(k => k.kpi === kpi)!.value;

      // Tickets over the window / the mean of the active users × 100; the gauge's every sample
      // (minute 0 to MINUTES) is a step the pull got.
      const meanUsers = USERS.reduce((a, b) => a + b, 0) / USERS.length;
      expect(value('supportTickets')).toBeCloseTo(
        (increase(TICKETS) / meanUsers) * 100,
        9,
      );
      // The median of checkout's and search's deployments a day over 30 days; legacy-batch names no
      // service, billing has no series.
      const perDay = [DEPLOYS.checkout, DEPLOYS['search-v2']].map(
        samples => increase(samples) / 30,
      );
      expect(value('deploymentFrequency')).toBeCloseTo(
        (perDay[0] + perDay[1]) / 2,
        9,
      );

      const sources: PlatformDataSources = pulled.body;
      const deployments = sources.items.find(
        i => i.kpiMetric === 'deployments',
      )!;
      expect(deployments).toMatchObject({
        feeds: 'kpi',
        scope: 'consumer',
        entityLabel: 'service',
        mode: 'pulled',
        source: { type: 'Prometheus', query: 'pp_deployments_total' },
        points: 2 * MINUTES,
        problem: 'unmapped',
      });
      expect(deployments.error).toContain(
        '1 series names no consumer service of the platform (service="legacy-batch")',
      );
      expect(
        sources.items.find(i => i.kpiMetric === 'support_tickets'),
      ).toMatchObject({
        scope: 'platform',
        points: MINUTES,
        problem: null,
        error: null,
      });
      expect(
        sources.items.find(i => i.kpiMetric === 'active_users'),
      ).toMatchObject({
        points: MINUTES + 1,
        problem: null,
      });
    });

    it('a repeated pull stores the same points and leaves the KPIs as they were', async () => {
      const read = async () =>
        (
          (
            await request(env.backend.server)
              .get(`${PATH}/scorecard`)
              .set('Authorization', USER)
          ).body as Scorecard
        ).kpis.map(k => [k.kpi, k.value]);
      const before = await read();
      const again = await request(env.backend.server)
        .post(`${PATH}/data-sources/pull`)
        .set('Authorization', USER);
      expect(again.status).toBe(200);
      expect(await read()).toEqual(before);
      expect(
        (again.body as PlatformDataSources).items.find(
          i => i.kpiMetric === 'deployments',
        )!.points,
      ).toBe(2 * MINUTES);
    });
  },
);
