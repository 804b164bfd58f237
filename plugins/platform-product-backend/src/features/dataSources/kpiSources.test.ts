import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import {
  DAY_MS,
  median,
  METRICS_ID_ANNOTATION,
  PlatformGraph,
} from '@platform-product/backstage-plugin-platform-product-common';
import express from 'express';
import request from 'supertest';
import { createTestApp, TEST_NOW } from '../../__testUtils__/createTestApp';
import { loadExampleCatalog } from '../../__testUtils__/exampleCatalog';
import {
  SCRIPTED_STEP_MS as STEP_MS,
  ScriptedProvider,
} from '../../__testUtils__/ScriptedProvider';
import { expectValidResponse } from '../../__testUtils__/validateResponse';
import { MAX_FUTURE_SKEW_MS } from '../../core/metrics/constants';
import { MetricProviderRegistry } from './MetricProviderRegistry';

jest.setTimeout(60_000);

const PLATFORM = 'system:default/observability-platform';
const PATH = '/platforms/system/default/observability-platform';
const OWNER = mockCredentials.user.header('user:default/julia-kowalski');
const GUEST = mockCredentials.user.header('user:default/guest');
const HOUR_MS = 3_600_000;
const USERS = 250;
const ANNOTATED_ID = 'svc-by-annotation';

/**
 * The example catalog with the Observability Platform's tickets, users and deployments pulled from
 * a `Scripted` source, and its first consumer service named in series by an annotation.
 */
function withKpiSources(entities: Entity[], annotated: string): Entity[] {
  const scripted = (query: string) => ({
    metricSource: { type: 'Scripted', spec: { query } },
  });
  return entities.map(entity => {
    if (entity.metadata.name === 'observability-platform') {
      const platform = structuredClone((entity.spec as any).platform);
      platform.kpiSources = {
        support_tickets: scripted('tickets'),
        active_users: scripted('users'),
        deployments: { ...scripted('deploys'), entityLabel: 'app' },
      };
      return { ...entity, spec: { ...entity.spec, platform } };
    }
    if (`component:default/${entity.metadata.name}` === annotated) {
      return {
        ...entity,
        metadata: {
          ...entity.metadata,
          annotations: {
            ...entity.metadata.annotations,
            [METRICS_ID_ANNOTATION]: ANNOTATED_ID,
          },
        },
      };
    }
    return entity;
  });
}

describe('pulled KPI metrics', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  let entities: Entity[];
  let services: string[];

  beforeAll(async () => {
    const example = await loadExampleCatalog();
    services = (await PlatformGraph.create(example))
      .consumers(PLATFORM)
      .map(consumer => consumer.entityRef)
      .filter(ref => ref.startsWith('component:'));
    entities = withKpiSources(example, services[0]);
  });

  /** The series label value each consumer service is named by: the annotation, else the name. */
  const labelOf = (ref: string) =>
    ref === services[0] ? ANNOTATED_ID : ref.split('/')[1];

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: express.Express;
    let provider: ScriptedProvider;

    async function call(test: request.Test) {
      const response = await test;
      expectValidResponse(response);
      return response;
    }

    beforeEach(async () => {
      const knex = await databases.init(databaseId);
      provider = new ScriptedProvider();
      // One deployment (and one ticket) per service and hour: the i-th service deploys i + 1 times.
      provider.series = (query): Array<Record<string, string>> =>
        query === 'deploys'
          ? [
              ...services.map(ref => ({ app: labelOf(ref), env: 'prod' })),
              { app: 'legacy-batch' },
              { job: 'no-app-label' },
            ]
          : [{}];
      provider.values = (query, ts, labels) => {
        if (query === 'users') return USERS;
        if (ts % HOUR_MS !== 0) return 0;
        if (query === 'tickets') return 1;
        const index = services.findIndex(ref => labelOf(ref) === labels.app);
        return index + 1;
      };
      const registry = new MetricProviderRegistry();
      registry.addProvider(provider);
      ({ app } = await createTestApp({
        knex,
        entities,
        metricProviders: registry,
        now: () => TEST_NOW,
      }));
    });

    it('feeds the scorecard from pulled tickets, users and per-service deployments, equal to the independent computation', async () => {
      const pulled = await call(
        request(app)
          .post(`${PATH}/data-sources/pull`)
          .set('Authorization', OWNER),
      );
      expect(pulled.status).toBe(200);

      // The KPIs read the 30 days before now (plus the allowed clock skew); the points are the
      // hour-aligned steps of the pulled range that fall in that window.
      const end = Math.floor(TEST_NOW.getTime() / STEP_MS) * STEP_MS;
      const to = TEST_NOW.getTime() + MAX_FUTURE_SKEW_MS;
      let hours = 0;
      for (let ts = end - 30 * DAY_MS; ts <= end; ts += STEP_MS) {
        if (ts % HOUR_MS === 0 && ts >= to - 30 * DAY_MS && ts < to) hours++;
      }
      const expectedTickets = (hours / USERS) * 100;
      const expectedDeploysPerDay = median(
        services.map((_, i) => ((i + 1) * hours) / 30),
      );

      const scorecard = await call(
        request(app).get(`${PATH}/scorecard`).set('Authorization', GUEST),
      );
      const kpi = (id: string) =>
        scorecard.body.kpis.find((k: any) => k.kpi === id).value;
      expect(kpi('supportTickets')).toBeCloseTo(expectedTickets, 9);
      expect(kpi('deploymentFrequency')).toBeCloseTo(expectedDeploysPerDay!, 9);

      const items = pulled.body.items.filter((i: any) => i.feeds === 'kpi');
      const row = (metric: string) =>
        items.find((i: any) => i.kpiMetric === metric);
      expect(row('support_tickets')).toMatchObject({
        mode: 'pulled',
        scope: 'platform',
        metric: 'pulled.kpi.support_tickets',
        source: { type: 'Scripted', query: 'tickets' },
        points: 30 * 288 + 1,
        problem: null,
      });
      expect(row('deployments')).toMatchObject({
        mode: 'pulled',
        scope: 'consumer',
        entityLabel: 'app',
        points: services.length * (30 * 288 + 1),
        problem: 'unmapped',
      });
      expect(row('deployments').error).toContain(
        '2 series name no consumer service of the platform (app="legacy-batch", no label "app")',
      );
      expect(row('deployments').error).toContain(METRICS_ID_ANNOTATION);
      // What is not declared stays pushed, and says so.
      expect(row('change_failures')).toMatchObject({
        mode: 'pushed',
        scope: 'consumer',
        metric: 'change_failures',
        problem: null,
      });
      expect(items).toHaveLength(9);
    });

    it('refuses pushed points under a pulled KPI name, and pushed points under the plain name do not count twice', async () => {
      await call(
        request(app)
          .post(`${PATH}/data-sources/pull`)
          .set('Authorization', OWNER),
      );
      const push = (metric: string) =>
        call(
          request(app)
            .post('/metrics')
            .set('Authorization', mockCredentials.service.header())
            .send({
              points: [
                {
                  entityRef: PLATFORM,
                  metric,
                  timestamp: TEST_NOW.toISOString(),
                  value: 1000,
                },
              ],
            }),
        );
      const refused = await push('pulled.kpi.support_tickets');
      expect(refused.status).toBe(400);
      const before = await call(
        request(app).get(`${PATH}/scorecard`).set('Authorization', GUEST),
      );
      expect((await push('support_tickets')).status).toBe(200);
      const after = await call(
        request(app).get(`${PATH}/scorecard`).set('Authorization', GUEST),
      );
      const tickets = (body: any) =>
        body.kpis.find((k: any) => k.kpi === 'supportTickets').value;
      expect(tickets(after.body)).toBe(tickets(before.body));
    });
  });
});
