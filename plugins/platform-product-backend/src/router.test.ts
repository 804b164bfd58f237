import {
  mockCredentials,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  MetricPointInput,
  SCORECARD_KPIS,
} from '@platform-product/backstage-plugin-platform-product-common';
import express from 'express';
import { Knex } from 'knex';
import request from 'supertest';
import { createTestApp, TEST_NOW } from './__testUtils__/createTestApp';
import { loadExampleCatalog } from './__testUtils__/exampleCatalog';
import { expectValidResponse } from './__testUtils__/validateResponse';

jest.setTimeout(60_000);

const DEPLOY = 'system:default/deploy-platform';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const SERVICE = mockCredentials.service.header();
const OWNER = mockCredentials.user.header('user:default/noah-williams');
const GUEST = mockCredentials.user.header('user:default/guest');
/** A user the catalog shows everything but the Logging Platform. */
const RESTRICTED = 'user:default/restricted';

/** A pattern that matches exactly this text. */
const exactly = (text: string) =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

const ago = (ms: number) => new Date(TEST_NOW.getTime() - ms).toISOString();

/** A point of the Deployment Platform's availability SLI. */
const sli = (
  which: 'good' | 'total',
  value: number,
  timestamp = ago(DAY),
  labels?: Record<string, string>,
): MetricPointInput => ({
  entityRef: DEPLOY,
  metric: `deploy_api_requests_${which}`,
  timestamp,
  value,
  ...(labels ? { labels } : {}),
});

/** Two entities that are in the catalog without being valid platforms. */
const EXTRA_ENTITIES: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'broken-platform', namespace: 'default' },
    spec: { type: 'service', platform: { category: 'teleportation' } },
  },
];

describe('createRouter', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  let entities: Entity[];
  beforeAll(async () => {
    entities = [...(await loadExampleCatalog()), ...EXTRA_ENTITIES];
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: express.Express;
    let knex: Knex;

    async function setUp(id: TestDatabaseId) {
      knex = await databases.init(id);
      const testApp = await createTestApp({ knex, entities });
      // The catalog hides the Logging Platform from one user, as a permission policy could.
      const getEntitiesByRefs = testApp.catalog.getEntitiesByRefs.bind(
        testApp.catalog,
      );
      jest
        .spyOn(testApp.catalog, 'getEntitiesByRefs')
        .mockImplementation(async (req, options) => {
          const response = await getEntitiesByRefs(req, options);
          const principal = (options as { credentials?: BackstageCredentials })
            ?.credentials?.principal as { userEntityRef?: string } | undefined;
          if (principal?.userEntityRef !== RESTRICTED) {
            return response;
          }
          return {
            items: response.items.map(entity =>
              entity?.metadata.name === 'logging-platform' ? undefined : entity,
            ),
          };
        });
      app = testApp.app;
      return testApp;
    }

    /** Sends a request and checks the answer against the OpenAPI contract. */
    async function call(test: request.Test): Promise<request.Response> {
      const response = await test;
      expectValidResponse(response);
      return response;
    }

    const ingest = (points: unknown[], auth = SERVICE) =>
      call(
        request(app)
          .post('/metrics')
          .set('Authorization', auth)
          .send({ points }),
      );

    const countPoints = async () =>
      Number((await knex('metric_points').count({ n: '*' }))[0].n);

    beforeEach(async () => {
      await setUp(databaseId);
    });

    it('answers /health', async () => {
      const response = await call(request(app).get('/health'));
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ok' });
    });

    describe('POST /metrics', () => {
      it('stores a batch and counts its points and entities', async () => {
        const response = await ingest([
          sli('total', 1000),
          sli('good', 990),
          {
            entityRef: 'component:default/checkout-service',
            metric: 'deployments',
            timestamp: ago(DAY),
            value: 3,
          },
        ]);
        expect(response.status).toBe(200);
        expect(response.body).toEqual({ received: 3, entities: 2 });
        expect(await countPoints()).toBe(3);
      });

      it('counts a retried batch once', async () => {
        const batch = [
          sli('total', 1_000_000, ago(DAY), { region: 'eu', zone: 'a' }),
          sli('good', 999_500, ago(DAY), { zone: 'a', region: 'eu' }),
        ];
        expect((await ingest(batch)).status).toBe(200);
        expect((await ingest(batch)).status).toBe(200);
        expect(await countPoints()).toBe(2);
        const slos = await call(
          request(app).get('/platforms/system/default/deploy-platform/slos'),
        );
        const availability = slos.body.items[0];
        expect(availability.budget.bad).toBe(500);
        expect(availability.budget.remaining).toBeCloseTo(0.5, 9);
      });

      it('stores nothing of a batch with one bad point, and names the point, the field and why', async () => {
        const response = await ingest([
          sli('total', 1000, ago(3 * MINUTE)),
          sli('good', 900, ago(3 * MINUTE)),
          sli('total', 1000, ago(2 * MINUTE)),
          sli('good', -2, ago(2 * MINUTE)),
        ]);
        expect(response.status).toBe(400);
        expect(response.body.error.message).toBe(
          'Invalid metric batch, nothing was stored: points[3].value must be ≥ 0 — got -2',
        );
        expect(await countPoints()).toBe(0);
      });

      it.each<[string, unknown, RegExp | string]>([
        [
          'a malformed metric name',
          { ...sli('total', 1), metric: '9 lives' },
          'points[0].metric must be a metric name (letters, digits, _ . : -, starting with a letter or _, at most 200 characters) — got "9 lives"',
        ],
        [
          'a metric the entity does not accept',
          { ...sli('total', 1), metric: 'coffee_cups' },
          'points[0].metric "coffee_cups" is not accepted for system:default/deploy-platform; it accepts the well-known metrics (deployments, change_failures, lead_time_hours, time_to_first_deployment_hours, incidents, time_to_recover_minutes, support_tickets, active_users, cost) and the SLIs its SLOs name (deploy_api_requests_good, deploy_api_requests_total, deploy_duration_p95_seconds)',
        ],
        [
          'an SLI on an entity without SLOs',
          {
            entityRef: 'component:default/checkout-service',
            metric: 'deploy_api_requests_total',
            timestamp: ago(DAY),
            value: 1,
          },
          /is not accepted for component:default\/checkout-service; .*and no SLIs since it declares no SLOs/,
        ],
        [
          'a timestamp more than 5 minutes ahead',
          sli(
            'total',
            1,
            new Date(TEST_NOW.getTime() + 6 * MINUTE).toISOString(),
          ),
          "points[0].timestamp must not be more than 5 minutes in the future — got 2026-03-10T12:06:00.000Z, 6 minutes after the server's time 2026-03-10T12:00:00.000Z; check the pusher's clock and time zone",
        ],
        [
          'an entity ref without a kind',
          { ...sli('total', 1), entityRef: 'deploy-platform' },
          'points[0].entityRef must be an entity ref with a kind, such as system:default/deploy-platform — got "deploy-platform"',
        ],
        [
          'a timestamp that is not a date-time',
          { ...sli('total', 1), timestamp: 'yesterday' },
          /^points\[0\]\.timestamp must match format "date-time" — got "yesterday"$/,
        ],
        [
          'a field the contract does not know',
          { ...sli('total', 1), unit: 'requests' },
          /^points\[0\] has a field the API does not know; remove it/,
        ],
        [
          'a value that is not a number',
          { ...sli('total', 1), value: '12' },
          /^points\[0\]\.value must be a number — got "12"$/,
        ],
      ])('refuses %s', async (_what, point, message) => {
        const response = await ingest([point]);
        expect(response.status).toBe(400);
        expect(response.body.error.name).toBe('InputError');
        expect(response.body.error.message).toMatch(
          typeof message === 'string'
            ? exactly(`Invalid metric batch, nothing was stored: ${message}`)
            : message,
        );
        expect(await countPoints()).toBe(0);
      });

      it('refuses the same point twice in one batch', async () => {
        const response = await ingest([sli('total', 1), sli('total', 2)]);
        expect(response.status).toBe(400);
        expect(response.body.error.message).toContain(
          'points[1] repeats points[0] (same entityRef, metric, timestamp and labels); send each point once',
        );
      });

      it('refuses more good events than events, within the batch', async () => {
        const response = await ingest([sli('good', 1200), sli('total', 1000)]);
        expect(response.status).toBe(400);
        expect(response.body.error.message).toBe(
          'Invalid metric batch, nothing was stored: points[0].value must not be more than the deploy_api_requests_total of the same entity, timestamp and labels (1000, points[1]) — got 1200; good events are a subset of all events',
        );
      });

      it('refuses more good events than the stored total, and a total below the stored good events', async () => {
        expect((await ingest([sli('total', 1000)])).status).toBe(200);
        const good = await ingest([sli('good', 1001)]);
        expect(good.status).toBe(400);
        expect(good.body.error.message).toContain(
          'points[0].value must not be more than the deploy_api_requests_total of the same entity, timestamp and labels (1000, already stored) — got 1001',
        );

        expect((await ingest([sli('good', 900)])).status).toBe(200);
        const total = await ingest([sli('total', 800)]);
        expect(total.status).toBe(400);
        expect(total.body.error.message).toContain(
          'points[0].value must not be less than the deploy_api_requests_good of the same entity, timestamp and labels (900, already stored) — got 800',
        );
        // Other labels are other series: nothing to compare with.
        expect(
          (await ingest([sli('good', 5000, ago(DAY), { region: 'us' })]))
            .status,
        ).toBe(200);
      });

      it('lists several problems at once, and how many more there are', async () => {
        const response = await ingest(
          Array.from({ length: 12 }, (_, i) =>
            sli('total', -i - 1, ago(i * MINUTE)),
          ),
        );
        expect(response.status).toBe(400);
        expect(response.body.error.message).toMatch(
          /^Invalid metric batch, nothing was stored: points\[0\]\.value must be ≥ 0 — got -1; .*points\[9\]\.value must be ≥ 0 — got -10; and 2 more$/,
        );
      });

      it('answers 404 naming entities the catalog does not have, and stores nothing', async () => {
        const response = await ingest([
          sli('total', 1),
          {
            entityRef: 'component:default/ghost',
            metric: 'deployments',
            timestamp: ago(DAY),
            value: 1,
          },
        ]);
        expect(response.status).toBe(404);
        expect(response.body.error.message).toBe(
          'Unknown entity, nothing was stored: component:default/ghost (points[1]) is not in the catalog; register the entity first or fix entityRef',
        );
        expect(await countPoints()).toBe(0);
      });

      it('refuses more than 5,000 points, naming the limit', async () => {
        const points = Array.from({ length: 5001 }, (_, i) =>
          sli('total', 1, ago(i * MINUTE)),
        );
        const response = await ingest(points);
        expect(response.status).toBe(400);
        expect(response.body.error.message).toMatch(
          /points must NOT have more than 5000 items/,
        );
      });

      it('refuses an empty batch', async () => {
        const response = await ingest([]);
        expect(response.status).toBe(400);
        expect(response.body.error.message).toMatch(
          /points must NOT have fewer than 1 items/,
        );
      });

      it('answers 413 for a body over 2 MB, naming the limit', async () => {
        const padding = 'x'.repeat(1000);
        const points = Array.from({ length: 2500 }, (_, i) =>
          sli('total', 1, ago(i * MINUTE), { padding }),
        );
        const response = await ingest(points);
        expect(response.status).toBe(413);
        expect(response.body.error.message).toMatch(
          /^The request body is 2\.\d MB, over the limit of 2 MB; send at most 5000 metric points per request, and split bigger batches$/,
        );
        expect(await countPoints()).toBe(0);
      });

      it('answers 400 for a body that is not JSON', async () => {
        const response = await call(
          request(app)
            .post('/metrics')
            .set('Authorization', SERVICE)
            .set('Content-Type', 'application/json')
            .send('{"points": ['),
        );
        expect(response.status).toBe(400);
        expect(response.body.error.message).toMatch(
          /^The request body is not valid JSON/,
        );
      });

      it('takes metrics from services only', async () => {
        const response = await ingest([sli('total', 1)], GUEST);
        expect(response.status).toBe(403);
        expect(await countPoints()).toBe(0);
      });
    });

    describe('GET /platforms', () => {
      it('lists every platform with its owners, personas, adoption and SLO health', async () => {
        const response = await call(request(app).get('/platforms'));
        expect(response.status).toBe(200);
        expect(response.body.items.map((p: any) => p.entityRef)).toEqual([
          'system:default/data-pipeline-platform',
          DEPLOY,
          'system:default/logging-platform',
          'system:default/observability-platform',
          'system:default/secrets-platform',
        ]);
        expect(response.body.items[1]).toEqual({
          entityRef: DEPLOY,
          title: 'Deployment Platform',
          description: expect.stringContaining('Deploy any container'),
          category: 'deployment',
          ownerRefs: ['group:default/team-delivery-platform'],
          personaRefs: [
            'persona:default/feature-engineer',
            'persona:default/sre-oncall',
            'persona:default/frontend-engineer',
          ],
          adoption: {
            adopting: 19,
            audience: 21,
            ratio: 19 / 21,
            stage: 'laggards',
          },
          sloHealth: 'no-data',
        });
      });

      it('leaves out the platforms the catalog hides from the caller', async () => {
        const response = await call(
          request(app)
            .get('/platforms')
            .set('Authorization', mockCredentials.user.header(RESTRICTED)),
        );
        expect(response.body.items.map((p: any) => p.entityRef)).not.toContain(
          'system:default/logging-platform',
        );
        expect(response.body.items).toHaveLength(4);
      });
    });

    describe('GET /platforms/{kind}/{namespace}/{name}/scorecard', () => {
      const scorecard = (query = '') =>
        call(
          request(app).get(
            `/platforms/system/default/deploy-platform/scorecard${query}`,
          ),
        );

      it('grades every KPI against the platform’s targets, for the last 30 days by default', async () => {
        await ingest([sli('total', 1_000_000), sli('good', 999_500)]);
        const response = await scorecard();
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({
          entityRef: DEPLOY,
          from: '2026-02-08',
          to: '2026-03-10',
          capacityUnlockedHoursPerMonth: 19 * 12,
          computedAt: TEST_NOW.toISOString(),
        });
        const kpis = response.body.kpis;
        expect(kpis.map((k: any) => k.kpi)).toEqual(
          SCORECARD_KPIS.map(k => k.id),
        );
        expect(kpis[0]).toEqual({
          kpi: 'adoption',
          title: 'Adoption',
          unit: 'fraction',
          direction: 'at-least',
          value: 19 / 21,
          target: 0.9,
          status: 'met',
          history: [],
        });
        expect(kpis[1]).toMatchObject({
          kpi: 'nps',
          value: null,
          status: 'no-data',
        });
        // 99.95 % against a target of 99.9 %
        expect(kpis[2]).toMatchObject({
          kpi: 'availability',
          target: 0.999,
          status: 'met',
        });
        expect(kpis[2].value).toBeCloseTo(0.9995, 12);
        expect(
          kpis.slice(3).map((k: any) => [k.kpi, k.value, k.status]),
        ).toEqual([
          ['timeToFirstDeployment', null, 'no-data'],
          ['deploymentFrequency', null, 'no-data'],
          ['changeFailureRate', null, 'no-data'],
          ['mttr', null, 'no-data'],
          ['supportTickets', null, 'no-data'],
          ['cost', null, 'no-data'],
        ]);
      });

      it('shows the daily history the snapshots hold, graded against today’s target', async () => {
        const { snapshotStore } = await setUp(databaseId);
        await snapshotStore.writeScorecardSnapshot({
          platformRef: DEPLOY,
          values: [
            { day: '2026-03-01', kpi: 'mttr', value: 25 },
            { day: '2026-03-02', kpi: 'mttr', value: 32 },
            { day: '2026-03-03', kpi: 'mttr', value: 90 },
            { day: '2026-03-03', kpi: 'nps', value: null },
            { day: '2026-01-01', kpi: 'mttr', value: 1 },
          ],
          source: 'daily',
          computedAt: TEST_NOW.getTime(),
        });
        const response = await scorecard('?from=2026-03-01&to=2026-03-05');
        const mttr = response.body.kpis.find((k: any) => k.kpi === 'mttr');
        expect(mttr.history).toEqual([
          { day: '2026-03-01', value: 25, status: 'met' },
          { day: '2026-03-02', value: 32, status: 'at-risk' },
          { day: '2026-03-03', value: 90, status: 'missed' },
        ]);
        // NPS moves once per closed survey round (docs/surveys.md): its history is one point per
        // closed round, not the daily snapshots; there is none here.
        expect(
          response.body.kpis.find((k: any) => k.kpi === 'nps').history,
        ).toEqual([]);
      });

      it.each([
        [
          '?from=2026-02-30',
          'from must be a date written YYYY-MM-DD — got "2026-02-30"',
        ],
        [
          '?from=2026-03-05&to=2026-03-01',
          'from must be on or before to — got from=2026-03-05 and to=2026-03-01; swap them',
        ],
        ['?from=2020-01-01', /may span at most 731 days/],
        ['?from=March', /from must match pattern/],
        ['?since=2026-01-01', /Unknown query parameter 'since'/],
      ])('refuses the range %s', async (query, message) => {
        const response = await scorecard(query);
        expect(response.status).toBe(400);
        expect(response.body.error.message).toMatch(
          typeof message === 'string' ? exactly(message) : message,
        );
      });

      it('answers 404 naming an entity that does not exist', async () => {
        const response = await call(
          request(app).get('/platforms/system/default/nowhere/scorecard'),
        );
        expect(response.status).toBe(404);
        expect(response.body.error).toMatchObject({
          name: 'NotFoundError',
          message:
            'system:default/nowhere was not found in the catalog; check the kind, namespace and name',
        });
      });

      it('answers 404 for an entity that is not a platform product, pointing to the docs', async () => {
        const plain = await call(
          request(app).get('/platforms/system/default/checkout/scorecard'),
        );
        expect(plain.status).toBe(404);
        expect(plain.body.error.message).toBe(
          'system:default/checkout is not a platform product: it has no spec.platform block; add one as docs/catalog-model.md, "spec.platform — a platform product" describes',
        );
        const broken = await call(
          request(app).get(
            '/platforms/component/default/broken-platform/scorecard',
          ),
        );
        expect(broken.status).toBe(404);
        expect(broken.body.error.message).toMatch(
          /^component:default\/broken-platform is not a platform product: its spec.platform block is invalid, and the catalog lists what is wrong/,
        );
      });

      it('answers 404 to a caller the catalog hides the platform from', async () => {
        const response = await call(
          request(app)
            .get('/platforms/system/default/logging-platform/scorecard')
            .set('Authorization', mockCredentials.user.header(RESTRICTED)),
        );
        expect(response.status).toBe(404);
      });
    });

    describe('GET /platforms/{kind}/{namespace}/{name}/slos', () => {
      it('reports each SLO with its budget, burn rates and allowance, and the worst health', async () => {
        await ingest([
          sli('total', 1_000_000, ago(10 * DAY)),
          sli('good', 999_500, ago(10 * DAY)),
        ]);
        const response = await call(
          request(app).get('/platforms/System/default/Deploy-Platform/slos'),
        );
        expect(response.status).toBe(200);
        expect(response.body.entityRef).toBe(DEPLOY);
        const [availability, latency] = response.body.items;
        expect(availability).toMatchObject({
          name: 'deploy-api-availability',
          displayName: 'Deploy API availability',
          description: 'Successful deploy API requests',
          target: 0.999,
          budgetingMethod: 'Occurrences',
          health: 'healthy',
          lastPointAt: ago(10 * DAY),
        });
        expect(availability.budget.remaining).toBeCloseTo(0.5, 9);
        expect(availability.allowance.badEventsRemaining).toBeCloseTo(500, 6);
        expect(availability.allowance.downtimeRemainingMs).toBeCloseTo(
          21.6 * MINUTE,
          3,
        );
        expect(latency).toMatchObject({
          name: 'deploy-latency',
          budgetingMethod: 'Timeslices',
          health: 'no-data',
          window: {
            duration: '1M',
            isRolling: false,
            from: '2026-03-01T00:00:00.000Z',
            to: '2026-04-01T00:00:00.000Z',
          },
        });
        // One SLO without data keeps the platform from counting as healthy.
        expect(response.body.health).toBe('no-data');
      });
    });

    describe('GET /platforms/{kind}/{namespace}/{name}/adoption', () => {
      it('reports adoption now, by persona and by org with their titles, and the daily trend', async () => {
        const { snapshotStore } = await setUp(databaseId);
        await snapshotStore.upsertAdoptionSnapshot({
          platformRef: DEPLOY,
          day: '2026-03-01',
          adoptingTeams: 17,
          audienceTeams: 21,
          adoptingServices: 50,
          totalServices: 70,
          computedAt: TEST_NOW.getTime(),
        });
        const response = await call(
          request(app).get(
            '/platforms/system/default/deploy-platform/adoption?from=2026-02-01',
          ),
        );
        expect(response.status).toBe(200);
        expect(response.body.teams).toMatchObject({
          adopting: 19,
          audience: 21,
          nonAdoptingRefs: [
            'group:default/team-delivery-platform',
            'group:default/team-finance-reporting',
          ],
        });
        expect(response.body.byPersona[0]).toMatchObject({
          personaRef: 'persona:default/feature-engineer',
          title: expect.any(String),
          found: true,
        });
        expect(response.body.byOrg.map((o: any) => o.orgRef)).toContain(
          'group:default/org-commerce',
        );
        expect(
          response.body.byOrg.find(
            (o: any) => o.orgRef === 'group:default/org-commerce',
          ).title,
        ).toBe('Commerce');
        expect(response.body.trend).toEqual([
          {
            day: '2026-03-01',
            source: 'live',
            adoptingTeams: 17,
            audienceTeams: 21,
            ratio: 17 / 21,
            adoptingServices: 50,
            totalServices: 70,
          },
        ]);
        expect(response.body.capacityUnlockedHoursPerMonth).toBe(228);
      });
    });

    describe('POST /platforms/{kind}/{namespace}/{name}/adoption/refresh', () => {
      const refresh = (auth: string) =>
        call(
          request(app)
            .post('/platforms/system/default/deploy-platform/adoption/refresh')
            .set('Authorization', auth),
        );

      it('lets an owner store today’s adoption and scorecard snapshot', async () => {
        const response = await refresh(OWNER);
        expect(response.status).toBe(200);
        expect(response.body.trend).toEqual([
          {
            day: '2026-03-10',
            source: 'live',
            adoptingTeams: 19,
            audienceTeams: 21,
            ratio: 19 / 21,
            adoptingServices: expect.any(Number),
            totalServices: expect.any(Number),
          },
        ]);
        const kpis = await knex('scorecard_snapshots')
          .where({ platform_ref: DEPLOY, day: '2026-03-10' })
          .orderBy('kpi');
        expect(kpis.map(k => k.kpi)).toEqual(
          SCORECARD_KPIS.map(k => k.id).sort(),
        );
        const scorecard = await call(
          request(app).get(
            '/platforms/system/default/deploy-platform/scorecard',
          ),
        );
        expect(scorecard.body.kpis[0].history).toEqual([
          { day: '2026-03-10', value: 19 / 21, status: 'met' },
        ]);
      });

      it('refuses anyone else, naming the owners', async () => {
        const response = await refresh(GUEST);
        expect(response.status).toBe(403);
        expect(response.body.error).toMatchObject({
          name: 'NotAllowedError',
          message:
            'Only the owners of system:default/deploy-platform may refresh its adoption; user:default/guest is not allowed platform-product.platform.manage on it',
        });
        expect(
          Number((await knex('adoption_snapshots').count({ n: '*' }))[0].n),
        ).toBe(0);
      });

      it('refuses a service, which owns nothing', async () => {
        expect((await refresh(SERVICE)).status).toBe(403);
      });
    });

    describe('GET /entities/{kind}/{namespace}/{name}/platforms', () => {
      const platformsOf = (ref: string, auth?: string) => {
        const test = request(app).get(`/entities/${ref}/platforms`);
        return call(auth ? test.set('Authorization', auth) : test);
      };

      it('lists each platform a service relies on, how, and how the platform is doing', async () => {
        await ingest([
          sli('total', 1000, ago(DAY)),
          sli('good', 999, ago(DAY)),
        ]);
        const response = await platformsOf(
          'component/default/checkout-service',
        );
        expect(response.status).toBe(200);
        expect(response.body.entityRef).toBe(
          'component:default/checkout-service',
        );
        expect(response.body.items.map((i: any) => i.platformRef)).toEqual([
          DEPLOY,
          'system:default/logging-platform',
          'system:default/observability-platform',
          'system:default/secrets-platform',
        ]);
        const deploy = response.body.items[0];
        expect(deploy).toMatchObject({
          title: 'Deployment Platform',
          category: 'deployment',
          via: [
            {
              consumerRef: 'component:default/checkout-service',
              partRefs: expect.any(Array),
            },
          ],
          // 1 bad event of 1,000 spends all of a 99.9 % budget; the worst SLO sets the health.
          health: 'breached',
          support: {
            channel: '#deploy-help',
            hours: '24x7',
            responseTimes: { p1: '15m', p2: '1h', p3: '1d', p4: '5d' },
            availabilityCommitment: 0.995,
          },
        });
        expect(deploy.links.map((l: any) => l.type)).toEqual([
          'docs',
          'support',
          'roadmap',
          'status',
          'dashboard',
        ]);
        expect(deploy.slos).toEqual([
          {
            name: 'deploy-api-availability',
            displayName: 'Deploy API availability',
            target: 0.999,
            attainment: 0.999,
            budgetRemaining: expect.any(Number),
            health: 'breached',
          },
          {
            name: 'deploy-latency',
            displayName: 'Deploy duration',
            target: 0.95,
            attainment: null,
            budgetRemaining: null,
            health: 'no-data',
          },
        ]);
        expect(deploy.slos[0].budgetRemaining).toBeCloseTo(0, 9);
      });

      it('leaves out the platforms the catalog hides from the caller', async () => {
        const response = await platformsOf(
          'component/default/checkout-service',
          mockCredentials.user.header(RESTRICTED),
        );
        expect(
          response.body.items.map((i: any) => i.platformRef),
        ).not.toContain('system:default/logging-platform');
      });

      it('answers with no platforms for an entity that relies on none', async () => {
        const response = await platformsOf('group/default/team-checkout');
        expect(response.status).toBe(200);
        expect(response.body).toEqual({
          entityRef: 'group:default/team-checkout',
          items: [],
        });
      });

      it('answers 404 naming an entity that does not exist', async () => {
        const response = await platformsOf('component/default/ghost');
        expect(response.status).toBe(404);
        expect(response.body.error.message).toBe(
          'component:default/ghost was not found in the catalog; check the kind, namespace and name',
        );
      });
    });
  });
});
