import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { MetricPullError } from '@platform-product/backstage-plugin-platform-product-node';
import express from 'express';
import request from 'supertest';
import { createTestApp, TEST_NOW } from '../../__testUtils__/createTestApp';
import { loadExampleCatalog } from '../../__testUtils__/exampleCatalog';
import {
  SCRIPTED_STEP_MS as STEP_MS,
  ScriptedProvider,
} from '../../__testUtils__/ScriptedProvider';
import { expectValidResponse } from '../../__testUtils__/validateResponse';
import { MetricProviderRegistry } from './MetricProviderRegistry';

jest.setTimeout(60_000);

const PATH = '/platforms/system/default/observability-platform';
const OWNER = mockCredentials.user.header('user:default/julia-kowalski');
const GUEST = mockCredentials.user.header('user:default/guest');

/**
 * The Observability Platform with its availability SLO pulled from a `Scripted` source and its
 * latency SLO pushed, whatever the example declares.
 */
function withPulledSlo(entities: Entity[]): Entity[] {
  return entities.map(entity => {
    if (entity.metadata.name !== 'observability-platform') return entity;
    const platform = structuredClone((entity.spec as any).platform);
    platform.slos[0].indicator = {
      ratioMetric: {
        counter: true,
        good: { metricSource: { type: 'Scripted', spec: { query: 'good' } } },
        total: { metricSource: { type: 'Scripted', spec: { query: 'total' } } },
      },
    };
    platform.slos[1].indicator = {
      thresholdMetric: { metric: 'metrics_query_duration_p99_seconds' },
    };
    return { ...entity, spec: { ...entity.spec, platform } };
  });
}

describe('data sources', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  let entities: Entity[];
  beforeAll(async () => {
    entities = withPulledSlo(await loadExampleCatalog());
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: express.Express;
    let provider: ScriptedProvider;
    let services: Awaited<ReturnType<typeof createTestApp>>['services'];
    let now: Date;

    async function call(test: request.Test) {
      const response = await test;
      expectValidResponse(response);
      return response;
    }
    const sources = (auth = GUEST) =>
      call(request(app).get(`${PATH}/data-sources`).set('Authorization', auth));
    const pullNow = (auth = OWNER) =>
      call(
        request(app)
          .post(`${PATH}/data-sources/pull`)
          .set('Authorization', auth),
      );
    const availability = async () =>
      (
        await call(request(app).get(`${PATH}/slos`).set('Authorization', GUEST))
      ).body.items.find((s: any) => s.name === 'metrics-api-availability');

    beforeEach(async () => {
      const knex = await databases.init(databaseId);
      provider = new ScriptedProvider();
      const registry = new MetricProviderRegistry();
      registry.addProvider(provider);
      now = TEST_NOW;
      ({ app, services } = await createTestApp({
        knex,
        entities,
        metricProviders: registry,
        now: () => now,
      }));
    });

    it('backfills the SLO window on the first pull, and the SLO status reads the pulled points', async () => {
      const response = await pullNow();
      expect(response.status).toBe(200);
      const end = Math.floor(TEST_NOW.getTime() / STEP_MS) * STEP_MS;
      expect(provider.requests).toHaveLength(2);
      expect(provider.requests[0]).toMatchObject({
        kind: 'counter',
        stepSeconds: 300,
        start: new Date(end - 30 * 24 * 3600_000),
        end: new Date(end),
      });
      const good = response.body.items.find((i: any) => i.role === 'good');
      expect(good).toMatchObject({
        mode: 'pulled',
        metric: 'pulled.metrics-api-availability.good',
        source: { type: 'Scripted', query: 'good' },
        points: 30 * 288 + 1,
        problem: null,
        error: null,
        lastSuccessAt: TEST_NOW.toISOString(),
      });
      const latency = response.body.items.find(
        (i: any) => i.role === 'threshold',
      );
      expect(latency).toMatchObject({ mode: 'pushed', problem: null });
      const slo = await availability();
      expect(slo.attainment).toBeCloseTo(0.99, 10);
      expect(slo.budget.remaining).toBeLessThan(0);
    });

    it('resumes from the last step, so a repeated or overlapping pull never counts twice', async () => {
      await pullNow();
      const before = await availability();
      now = new Date(TEST_NOW.getTime() + 3 * STEP_MS);
      await services.metricPulls.pullAll();
      const resumed = provider.requests[provider.requests.length - 1];
      const end = Math.floor(TEST_NOW.getTime() / STEP_MS) * STEP_MS;
      expect(resumed.start).toEqual(new Date(end));
      expect(resumed.end).toEqual(new Date(end + 3 * STEP_MS));
      await services.metricPulls.pullAll();
      const { body } = await sources();
      const good = body.items.find((i: any) => i.role === 'good');
      expect(good.points).toBe(30 * 288 + 1 + 3);
      expect((await availability()).attainment).toBeCloseTo(
        before.attainment,
        10,
      );
    });

    it('starts again when the step changes, replacing the points of the old grid', async () => {
      await pullNow();
      provider.stepMs = 3_600_000;
      const response = await pullNow();
      const last = provider.requests[provider.requests.length - 1];
      expect(last.stepSeconds).toBe(3600);
      expect(last.end.getTime() - last.start.getTime()).toBe(
        30 * 24 * 3_600_000,
      );
      const good = response.body.items.find((i: any) => i.role === 'good');
      expect(good.points).toBe(30 * 24 + 1);
      expect((await availability()).attainment).toBeCloseTo(0.99, 10);
    });

    it('stores each failure per source, in words, and keeps the points it had', async () => {
      await pullNow();
      provider.failure = new MetricPullError(
        'unreachable',
        'Prometheus at 127.0.0.1:9091 did not answer (connection refused)',
      );
      const response = await pullNow();
      const good = response.body.items.find((i: any) => i.role === 'good');
      expect(good).toMatchObject({
        problem: 'unreachable',
        error:
          'Prometheus at 127.0.0.1:9091 did not answer (connection refused)',
        points: 30 * 288 + 1,
        lastSuccessAt: TEST_NOW.toISOString(),
      });
      provider.failure = undefined;
      provider.values = () => Number.NaN;
      const nan = (await pullNow()).body.items.find(
        (i: any) => i.role === 'good',
      );
      expect(nan.problem).toBe('invalid-value');
      expect(nan.error).toMatch(/no numbers \(NaN or ±Inf\)/);
    });

    it('says when no provider serves a source’s type', async () => {
      const knex = await databases.init(databaseId);
      ({ app, services } = await createTestApp({ knex, entities }));
      const response = await pullNow();
      const good = response.body.items.find((i: any) => i.role === 'good');
      expect(good).toMatchObject({ problem: 'no-provider', points: 0 });
      expect(good.error).toContain(
        'No metric provider serves the type Scripted',
      );
    });

    it('lets only the owners pull now', async () => {
      expect((await pullNow(GUEST)).status).toBe(403);
      expect(provider.requests).toHaveLength(0);
    });

    it('refuses to take pushed points under a pulled metric’s name', async () => {
      const response = await call(
        request(app)
          .post('/metrics')
          .set('Authorization', mockCredentials.service.header())
          .send({
            points: [
              {
                entityRef: 'system:default/observability-platform',
                metric: 'pulled.metrics-api-availability.good',
                timestamp: TEST_NOW.toISOString(),
                value: 1,
              },
            ],
          }),
      );
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(
        "is a pulled metric's name",
      );
    });
  });
});
