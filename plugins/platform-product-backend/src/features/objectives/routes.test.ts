import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { MetricPointInput } from '@platform-product/backstage-plugin-platform-product-common';
import express from 'express';
import request from 'supertest';
import { createTestApp, TEST_NOW } from '../../__testUtils__/createTestApp';
import { loadExampleCatalog } from '../../__testUtils__/exampleCatalog';
import { expectValidResponse } from '../../__testUtils__/validateResponse';
import { SnapshotStore } from '../../core/metrics';
import { PlatformProductServices } from '../../wiring';

jest.setTimeout(60_000);

const DEPLOY = 'system:default/deploy-platform';
const BASE = '/platforms/system/default/deploy-platform';
const CHECKOUT = 'component:default/checkout-service';
const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
const SERVICE = mockCredentials.service.header();
const OWNER = mockCredentials.user.header('user:default/noah-williams');
const GUEST = mockCredentials.user.header('user:default/guest');

const at = (msAgo: number) =>
  new Date(TEST_NOW.getTime() - msAgo).toISOString();
const point = (
  entityRef: string,
  metric: string,
  value: number,
  msAgo: number,
  labels?: Record<string, string>,
): MetricPointInput => ({
  entityRef,
  metric,
  value,
  timestamp: at(msAgo),
  ...(labels ? { labels } : {}),
});

const objective = {
  id: 'faster-delivery',
  title: 'Teams ship faster',
  description: 'Cut the time from commit to production.',
  category: 'engineering-velocity',
  period: '2026-Q1',
};

describe('objective routes', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  let entities: Entity[];
  beforeAll(async () => {
    entities = await loadExampleCatalog();
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: express.Express;
    let services: PlatformProductServices;
    let snapshotStore: SnapshotStore;

    const call = async (test: request.Test) => {
      const response = await test;
      expectValidResponse(response);
      return response;
    };
    const createObjective = (body: object = objective, auth = OWNER) =>
      call(
        request(app)
          .post(`${BASE}/objectives`)
          .set('Authorization', auth)
          .send(body),
      );
    const createKr = (body: object, auth = OWNER, objectiveId = objective.id) =>
      call(
        request(app)
          .post(`${BASE}/objectives/${objectiveId}/key-results`)
          .set('Authorization', auth)
          .send(body),
      );
    const list = () =>
      call(request(app).get(`${BASE}/objectives`).set('Authorization', GUEST));
    const krOf = async (id: string) =>
      (await list()).body.items
        .flatMap((o: any) => o.keyResults)
        .find((kr: any) => kr.id === id);

    beforeEach(async () => {
      const knex = await databases.init(databaseId);
      const testApp = await createTestApp({ knex, entities });
      app = testApp.app;
      services = testApp.services;
      snapshotStore = testApp.snapshotStore;
      const ingest = await request(app)
        .post('/metrics')
        .set('Authorization', SERVICE)
        .send({
          points: [
            // Lead times of a consumer over the last week: 2, 4, 6, 8, 10 hours; one older point.
            ...[2, 4, 6, 8, 10].map((v, i) =>
              point(CHECKOUT, 'lead_time_hours', v, (i + 1) * DAY),
            ),
            point(CHECKOUT, 'lead_time_hours', 40, 20 * DAY),
            // Deployments on two days of the last week, one of them labelled.
            point(CHECKOUT, 'deployments', 4, 2 * DAY),
            point(CHECKOUT, 'deployments', 10, 3 * DAY, { env: 'prod' }),
            // A platform metric that is not well known, last pushed long ago.
            point(DEPLOY, 'deploy_duration_p95_seconds', 5, 60 * DAY),
          ],
        });
      const created = await createObjective();
      if (ingest.status !== 200 || created.status !== 201) {
        throw new Error(
          `set-up failed: ${JSON.stringify(ingest.body)} ${JSON.stringify(
            created.body,
          )}`,
        );
      }
    });

    it('creates an objective only for the platform owners', async () => {
      const denied = await createObjective(
        { ...objective, id: 'other' },
        GUEST,
      );
      expect(denied.status).toBe(403);
      expect(denied.body.error.message).toBe(
        'Only the owners of system:default/deploy-platform may add objectives to it; user:default/guest is not allowed platform-product.platform.manage on it',
      );
      expect(
        (await createObjective({ ...objective, id: 'other' }, SERVICE)).status,
      ).toBe(403);
      const { body } = await list();
      expect(body.items).toEqual([
        expect.objectContaining({
          ...objective,
          platformRef: DEPLOY,
          version: 1,
          keyResults: [],
        }),
      ]);
    });

    it('refuses a duplicate id and an unknown category, naming the field', async () => {
      expect((await createObjective()).status).toBe(409);
      const bad = await createObjective({
        ...objective,
        id: 'x',
        category: 'vibes',
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(
        /^category: "vibes" is not an enablement category/,
      );
    });

    it.each([
      ['p50', '7d', 6],
      ['p95', '7d', 9.6],
      ['sum', '7d', 30],
      ['avg', '28d', 70 / 6],
      ['rate', '7d', 30 / 7],
    ])(
      'computes a %s over %s of a consumer metric',
      async (aggregation, window, expected) => {
        const response = await createKr({
          id: `lead-${aggregation}`,
          title: 'Lead time',
          binding: {
            type: 'metric',
            metric: 'lead_time_hours',
            aggregation,
            window,
          },
          baseline: 40,
          target: 4,
          direction: 'decrease',
        });
        expect(response.status).toBe(201);
        expect(response.body.progress.state).toBe('measured');
        expect(response.body.progress.value).toBeCloseTo(expected, 9);
        expect(response.body.progress.progress).toBeCloseTo(
          (expected - 40) / (4 - 40),
          9,
        );
        expect(response.body.progress.lastPointAt).toBe(at(DAY));
      },
    );

    it('filters by labels and computes a rate per day', async () => {
      await createKr({
        id: 'deploy-kr-prod-rate',
        title: 'Production deployments a day',
        binding: {
          type: 'metric',
          metric: 'deployments',
          aggregation: 'rate',
          window: '7d',
          labels: { env: 'prod' },
        },
        baseline: 1,
        target: 3,
        direction: 'increase',
      });
      expect((await krOf('deploy-kr-prod-rate')).progress).toMatchObject({
        state: 'measured',
        value: 10 / 7,
        lastPointAt: at(3 * DAY),
      });
    });

    it('says "no data" for a metric without points in its window and for NPS without surveys', async () => {
      await createKr({
        id: 'cache',
        title: 'Cache hits',
        binding: {
          type: 'metric',
          metric: 'deploy_duration_p95_seconds',
          aggregation: 'sum',
          window: '7d',
        },
        baseline: 0,
        target: 100,
        direction: 'increase',
      });
      await createKr({
        id: 'nps',
        title: 'NPS above 30',
        binding: { type: 'nps' },
        baseline: 10,
        target: 30,
        direction: 'increase',
      });
      expect((await krOf('cache')).progress).toEqual({ state: 'no-data' });
      expect((await krOf('nps')).progress).toEqual({ state: 'no-data' });
    });

    it('measures adoption and SLO attainment', async () => {
      await request(app)
        .post('/metrics')
        .set('Authorization', SERVICE)
        .send({
          points: [
            point(DEPLOY, 'deploy_api_requests_total', 1000, HOUR),
            point(DEPLOY, 'deploy_api_requests_good', 990, HOUR),
          ],
        });
      await createKr({
        id: 'adoption',
        title: 'Adoption',
        binding: { type: 'adoption' },
        baseline: 0.5,
        target: 0.95,
        direction: 'increase',
      });
      await createKr({
        id: 'availability',
        title: 'Availability',
        binding: { type: 'slo-attainment', slo: 'deploy-api-availability' },
        baseline: 0.98,
        target: 0.999,
        direction: 'increase',
      });
      const adoption = await request(app)
        .get(`${BASE}/adoption`)
        .set('Authorization', GUEST);
      expect((await krOf('adoption')).progress).toMatchObject({
        state: 'measured',
        value: adoption.body.teams.ratio,
        lastPointAt: TEST_NOW.toISOString(),
      });
      expect((await krOf('availability')).progress).toMatchObject({
        state: 'measured',
        value: 0.99,
        lastPointAt: at(HOUR),
      });
    });

    it.each([
      [
        {
          binding: {
            type: 'metric',
            metric: 'nonexistent_metric',
            aggregation: 'sum',
            window: '7d',
          },
        },
        /^binding\.metric: metric 'nonexistent_metric' has no data on system:default\/deploy-platform; known metrics: .*deploy_api_requests_good.*deploy_duration_p95_seconds.*deployments/,
      ],
      [{ target: 40 }, /^target: equals the baseline \(40\)/],
      [
        {
          binding: {
            type: 'metric',
            metric: 'lead_time_hours',
            aggregation: 'p50',
            window: 'a week',
          },
        },
        /^binding\.window: "a week" is not a window/,
      ],
      [
        {
          binding: {
            type: 'metric',
            metric: 'lead_time_hours',
            aggregation: 'p99',
            window: '7d',
          },
        },
        /^binding\.aggregation: "p99" is not an aggregation/,
      ],
      [
        { binding: { type: 'vibes' } },
        /^binding\.type: "vibes" is not a binding type/,
      ],
      [{ direction: 'sideways' }, /^direction: "sideways" is not a direction/],
      [
        {
          binding: {
            type: 'metric',
            metric: 'lead_time_hours',
            aggregation: 'p50',
            window: '100000d',
          },
        },
        /^binding\.window: "100000d" is longer than 400 days/,
      ],
      [
        { binding: { type: 'slo-attainment', slo: 'latency' } },
        /^binding\.slo: "latency" is not an SLO of system:default\/deploy-platform; its SLOs: deploy-api-availability/,
      ],
    ])('refuses bad key result input %#', async (change, message) => {
      const response = await createKr({
        title: 'Lead time',
        binding: {
          type: 'metric',
          metric: 'lead_time_hours',
          aggregation: 'p50',
          window: '7d',
        },
        baseline: 40,
        target: 4,
        direction: 'decrease',
        ...change,
      });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(message);
      expect((await list()).body.items[0].keyResults).toEqual([]);
    });

    it('lets only owners change key results, and refuses a stale version with a 409', async () => {
      const kr = {
        id: 'deploy-kr-lead-time',
        title: 'Lead time p50 under 8 hours',
        binding: {
          type: 'metric',
          metric: 'lead_time_hours',
          aggregation: 'p50',
          window: '28d',
        },
        baseline: 16,
        target: 8,
        direction: 'decrease',
      };
      expect((await createKr(kr)).status).toBe(201);
      expect((await createKr({ ...kr, id: 'x' }, GUEST)).status).toBe(403);
      const put = (body: object, auth = OWNER) =>
        call(
          request(app)
            .put(`${BASE}/key-results/deploy-kr-lead-time`)
            .set('Authorization', auth)
            .send(body),
        );
      expect(
        (await put({ ...kr, title: 'Mine', version: 1 }, GUEST)).status,
      ).toBe(403);
      const first = await put({
        ...kr,
        title: 'Lead time p50 under 6 hours',
        target: 6,
        version: 1,
      });
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ version: 2, target: 6 });
      const stale = await put({ ...kr, title: 'Someone else', version: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.error.message).toBe(
        "key result 'deploy-kr-lead-time' of system:default/deploy-platform was changed by someone else since you read it (you sent version 1, it is now at version 2); reload it and apply your change again",
      );
      expect((await put({ ...kr })).status).toBe(400);
      expect((await krOf('deploy-kr-lead-time')).title).toBe(
        'Lead time p50 under 6 hours',
      );

      const del = (version: number, auth = OWNER) =>
        call(
          request(app)
            .delete(
              `${BASE}/key-results/deploy-kr-lead-time?version=${version}`,
            )
            .set('Authorization', auth),
        );
      expect((await del(2, GUEST)).status).toBe(403);
      expect((await del(1)).status).toBe(409);
      expect((await del(2)).status).toBe(204);
      expect((await del(3)).status).toBe(404);
    });

    it('refuses an id of more than 63 characters, also when replacing (where it is ignored)', async () => {
      const response = await call(
        request(app)
          .put(`${BASE}/objectives/${objective.id}`)
          .set('Authorization', OWNER)
          .send({ ...objective, id: 'x'.repeat(1_000_000), version: 1 }),
      );
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe(
        `id must NOT have more than 63 characters — got "${'x'.repeat(
          60,
        )}…" (1000000 characters)`,
      );
      expect((await list()).body.items[0]).toMatchObject({ version: 1 });
    });

    it('refuses a negative version with a 400, in the body, the query and If-Match', async () => {
      const send = (test: request.Test) =>
        call(test.set('Authorization', OWNER));
      const refusals = [
        await send(
          request(app)
            .put(`${BASE}/objectives/${objective.id}`)
            .send({ ...objective, version: -1 }),
        ),
        await send(
          request(app)
            .put(`${BASE}/objectives/${objective.id}`)
            .set('If-Match', '"-1"')
            .send(objective),
        ),
        await send(
          request(app).delete(`${BASE}/objectives/${objective.id}?version=-1`),
        ),
      ];
      expect(refusals.map(r => r.status)).toEqual([400, 400, 400]);
      expect(refusals.map(r => r.body.error.message)).toEqual([
        'version must be the whole number of the version of the objective you read (0 or more) — got -1',
        'If-Match must be the ETag of the objective, e.g. "3" — got "-1"',
        'query.version must be at least 0 — got -1',
      ]);
      expect((await list()).body.items[0].version).toBe(1);
    });

    it('edits and deletes objectives with versions, their key results with them', async () => {
      await createKr({
        id: 'deploy-kr-lead-time',
        title: 'Lead time',
        binding: { type: 'adoption' },
        baseline: 0.5,
        target: 0.9,
        direction: 'increase',
      });
      const put = (body: object) =>
        call(
          request(app)
            .put(`${BASE}/objectives/${objective.id}`)
            .set('Authorization', OWNER)
            .send(body),
        );
      expect(
        (await put({ ...objective, title: 'Faster', version: 1 })).body.version,
      ).toBe(2);
      expect((await put({ ...objective, version: 1 })).status).toBe(409);
      expect(
        (
          await call(
            request(app)
              .delete(`${BASE}/objectives/${objective.id}?version=2`)
              .set('Authorization', GUEST),
          )
        ).status,
      ).toBe(403);
      expect(
        (
          await call(
            request(app)
              .delete(`${BASE}/objectives/${objective.id}?version=2`)
              .set('Authorization', OWNER),
          )
        ).status,
      ).toBe(204);
      expect((await list()).body.items).toEqual([]);
      expect(
        await services.objectives.find(DEPLOY, 'deploy-kr-lead-time'),
      ).toBeUndefined();
    });

    it('finds key results and measures their movement since a moment for the roadmap', async () => {
      await createKr({
        id: 'deploy-kr-lead-time',
        title: 'Lead time p50',
        binding: {
          type: 'metric',
          metric: 'lead_time_hours',
          aggregation: 'p50',
          window: '7d',
        },
        baseline: 40,
        target: 4,
        direction: 'decrease',
      });
      expect(
        await services.objectives.find(DEPLOY, 'deploy-kr-lead-time'),
      ).toEqual({
        id: 'deploy-kr-lead-time',
        objectiveId: objective.id,
        title: 'Lead time p50',
      });
      expect(await services.objectives.find(DEPLOY, 'nope')).toBeUndefined();
      // Two weeks ago, the 7 days before held only the 40-hour lead time.
      const since = new Date(TEST_NOW.getTime() - 14 * DAY);
      expect(
        await services.objectives.movementSince(
          DEPLOY,
          'deploy-kr-lead-time',
          since,
        ),
      ).toEqual({
        keyResultId: 'deploy-kr-lead-time',
        title: 'Lead time p50',
        since: since.toISOString(),
        valueAtSince: 40,
        valueNow: 6,
        lastPointAt: at(DAY),
      });
      const longAgo = new Date(TEST_NOW.getTime() - 200 * DAY);
      expect(
        (
          await services.objectives.movementSince(
            DEPLOY,
            'deploy-kr-lead-time',
            longAgo,
          )
        ).valueAtSince,
      ).toBeNull();
    });

    it('measures adoption and SLO attainment as of a past moment', async () => {
      await snapshotStore.upsertAdoptionSnapshot({
        platformRef: DEPLOY,
        day: at(10 * DAY).slice(0, 10),
        adoptingTeams: 10,
        audienceTeams: 20,
        adoptingServices: 30,
        totalServices: 60,
        computedAt: TEST_NOW.getTime() - 10 * DAY,
      });
      await request(app)
        .post('/metrics')
        .set('Authorization', SERVICE)
        .send({
          points: [
            point(DEPLOY, 'deploy_api_requests_total', 1000, 3 * DAY),
            point(DEPLOY, 'deploy_api_requests_good', 900, 3 * DAY),
            point(DEPLOY, 'deploy_api_requests_total', 1000, HOUR),
            point(DEPLOY, 'deploy_api_requests_good', 1000, HOUR),
          ],
        });
      await createKr({
        id: 'adoption',
        title: 'Adoption',
        binding: { type: 'adoption' },
        baseline: 0.5,
        target: 0.95,
        direction: 'increase',
      });
      await createKr({
        id: 'availability',
        title: 'Availability',
        binding: { type: 'slo-attainment', slo: 'deploy-api-availability' },
        baseline: 0.9,
        target: 0.999,
        direction: 'increase',
      });
      const since = new Date(TEST_NOW.getTime() - 2 * DAY);
      expect(
        await services.objectives.movementSince(DEPLOY, 'adoption', since),
      ).toMatchObject({
        valueAtSince: 0.5,
        lastPointAt: TEST_NOW.toISOString(),
      });
      // Two days ago, the 30-day window held only the bad day; now it holds both.
      expect(
        await services.objectives.movementSince(DEPLOY, 'availability', since),
      ).toMatchObject({
        valueAtSince: 0.9,
        valueNow: 0.95,
        lastPointAt: at(HOUR),
      });
    });
  });
});
