import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import { createTestActions } from '../../__testUtils__/createTestActions';
import { TEST_NOW } from '../../__testUtils__/createTestApp';
import { loadExampleCatalog } from '../../__testUtils__/exampleCatalog';

jest.setTimeout(60_000);

const DEPLOY = 'system:default/deploy-platform';
const CHECKOUT = 'component:default/checkout-service';
const WORKER = 'component:default/order-confirmation-worker';
const DOCKER = 'resource:default/docker-runtime';
const GUEST = mockCredentials.user('user:default/guest');
const DEPLOY_OWNER = mockCredentials.user('user:default/noah-williams');
const SERVICE = mockCredentials.service();
const MINUTE = 60_000;

describe('read actions', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  let entities: Entity[];
  beforeAll(async () => {
    entities = await loadExampleCatalog();
  });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let testApp: Awaited<ReturnType<typeof createTestActions>>;
    const route = async (path: string, credentials = GUEST) => {
      const response = await request(testApp.app)
        .get(path)
        .set(
          'Authorization',
          mockCredentials.user.header(credentials.principal.userEntityRef),
        );
      expect(response.status).toBe(200);
      return response.body;
    };

    beforeAll(async () => {
      testApp = await createTestActions({
        knex: await databases.init(databaseId),
        entities,
      });
      // An hour of the Deploy API: 1,000,000 requests, 500 of them failed — half the budget of
      // 99.9 %.
      const point = (metric: string, value: number) => ({
        entityRef: DEPLOY,
        metric,
        timestamp: new Date(TEST_NOW.getTime() - 5 * MINUTE).toISOString(),
        value,
      });
      await testApp.services.ingest.ingest([
        point('deploy_api_requests_total', 1_000_000),
        point('deploy_api_requests_good', 999_500),
      ]);
      const item = await request(testApp.app)
        .post('/platforms/system/default/deploy-platform/roadmap/items')
        .set(
          'Authorization',
          mockCredentials.user.header(DEPLOY_OWNER.principal.userEntityRef),
        )
        .send({
          horizon: 'now',
          title: 'One-step rollback',
          problem: 'Rolling back a bad deploy takes 20 minutes of manual steps',
          hypothesis: 'We believe one-step rollback will cut recovery time',
          confidence: 'high',
          status: 'committed',
          personas: ['persona:default/feature-engineer'],
          category: 'reliability',
          keyResultId: null,
        });
      if (item.status !== 201) {
        throw new Error(JSON.stringify(item.body));
      }
    });

    it('lists every action with a description, its input fields described, and the writes marked as such', async () => {
      const { actions } = await testApp.registry.list();
      expect(
        Object.fromEntries(actions.map(a => [a.name, a.attributes.readOnly])),
      ).toEqual({
        'get-entity-platforms': true,
        'get-entity-deprecations': true,
        'request-deprecation-exception': false,
        'get-platform-scorecard': true,
        'get-platform-slos': true,
        'get-platform-roadmap': true,
        'get-portfolio-summary': true,
        'answer-survey': false,
      });
      for (const action of actions) {
        expect(action.description.length).toBeGreaterThan(100);
        const properties = (action.schema.input as any).properties;
        for (const [field, schema] of Object.entries<any>(properties)) {
          expect({ field, description: schema.description }).toEqual({
            field,
            description: expect.any(String),
          });
        }
      }
    });

    it("answers an entity's platforms with SLO status and budget, as its route does", async () => {
      const output = await testApp.invoke(
        'get-entity-platforms',
        { entityRef: CHECKOUT },
        GUEST,
      );
      expect(output).toEqual(
        await route('/entities/component/default/checkout-service/platforms'),
      );
      const deploy = output.items.find((i: any) => i.platformRef === DEPLOY);
      expect(deploy.slos[0]).toMatchObject({
        name: 'deploy-api-availability',
        budgetRemaining: expect.closeTo(0.5, 6),
      });
    });

    it('refuses an unknown entity with a 404 naming it, and a ref without a kind with what a ref looks like', async () => {
      await expect(
        testApp.invoke(
          'get-entity-platforms',
          { entityRef: 'component:default/ghost' },
          GUEST,
        ),
      ).rejects.toMatchObject({
        name: 'NotFoundError',
        message:
          'component:default/ghost was not found in the catalog; check the kind, namespace and name',
      });
      await expect(
        testApp.invoke(
          'get-entity-platforms',
          { entityRef: 'checkout-service' },
          GUEST,
        ),
      ).rejects.toMatchObject({
        name: 'InputError',
        message:
          'entityRef must be an entity ref with a kind, such as system:default/deploy-platform or component:checkout-service — got "checkout-service"',
      });
    });

    it('refuses input the routes refuse too, such as a control character', async () => {
      await expect(
        testApp.invoke(
          'get-platform-slos',
          { platformRef: 'system:default/deploy\u0000platform' },
          GUEST,
        ),
      ).rejects.toMatchObject({
        name: 'InputError',
        message:
          'input.platformRef contains a control character (U+0000) at position 22; remove it',
      });
      await expect(
        testApp.invoke('get-platform-slos', { platformRef: 42 }, GUEST),
      ).rejects.toMatchObject({ name: 'InputError' });
    });

    it("answers a platform's scorecard and SLO status as their routes do, to users and services", async () => {
      const range = { from: '2026-03-01', to: '2026-03-10' };
      const scorecard = await testApp.invoke(
        'get-platform-scorecard',
        { platformRef: DEPLOY, ...range },
        SERVICE,
      );
      expect(scorecard).toEqual(
        await route(
          '/platforms/system/default/deploy-platform/scorecard?from=2026-03-01&to=2026-03-10',
        ),
      );
      expect(scorecard).toMatchObject({ from: '2026-03-01', to: '2026-03-10' });
      const slos = await testApp.invoke(
        'get-platform-slos',
        { platformRef: 'System:deploy-platform' },
        GUEST,
      );
      expect(slos).toEqual(
        await route('/platforms/system/default/deploy-platform/slos'),
      );
    });

    it('refuses a bad day range and an entity that is no platform with the routes’ messages', async () => {
      await expect(
        testApp.invoke(
          'get-platform-scorecard',
          { platformRef: DEPLOY, from: '2026-03-10', to: '2026-03-01' },
          GUEST,
        ),
      ).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringContaining('from must be on or before to'),
      });
      await expect(
        testApp.invoke('get-platform-slos', { platformRef: CHECKOUT }, GUEST),
      ).rejects.toMatchObject({
        name: 'NotFoundError',
        message: expect.stringMatching(
          /^component:default\/checkout-service is not a platform product: it has no spec.platform block/,
        ),
      });
    });

    it("answers a platform's roadmap board", async () => {
      const output = await testApp.invoke(
        'get-platform-roadmap',
        { platformRef: DEPLOY },
        GUEST,
      );
      const board = await route(
        '/platforms/system/default/deploy-platform/roadmap',
      );
      expect(output.horizons.now).toEqual([
        expect.objectContaining({
          title: 'One-step rollback',
          status: 'committed',
          horizon: 'now',
        }),
      ]);
      expect(output.horizons.now[0].id).toBe(board.horizons.now[0].id);
      expect(output.investmentMix.rows).toEqual(board.investmentMix.rows);
    });

    it('answers the deprecations under an entity with days left and its exception state', async () => {
      const output = await testApp.invoke(
        'get-entity-deprecations',
        { entityRef: WORKER },
        GUEST,
      );
      const banner = await route(
        '/entities/component/default/order-confirmation-worker/deprecations',
      );
      expect(output).toEqual({
        entityRef: WORKER,
        items: [
          expect.objectContaining({
            deprecationRef: DOCKER,
            sunset: '2027-06-30',
            daysToSunset: banner.items[0].deprecation.daysToSunset,
            replacedBy: 'resource:default/containerd-runtime',
            via: [DOCKER],
            inViolation: false,
            exception: null,
          }),
        ],
      });
    });

    it("answers the portfolio's totals and each row's key figures, as the portfolio route has them", async () => {
      const output = await testApp.invoke('get-portfolio-summary', {}, GUEST);
      const portfolio = await route('/portfolio');
      expect(output.totals).toEqual(portfolio.totals);
      expect(output.rows).toEqual(
        portfolio.rows.map(({ source, adoption, ...row }: any) => {
          const { sparkline, ...figures } = adoption;
          return { ...row, adoption: figures };
        }),
      );
      expect(output).not.toHaveProperty('heatMap');
      await expect(
        testApp.invoke('get-portfolio-summary', { asOf: '2099-01-01' }, GUEST),
      ).rejects.toMatchObject({
        name: 'InputError',
        message: expect.stringContaining('asOf must not be in the future'),
      });
    });
  });
});
