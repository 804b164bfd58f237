import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import {
  BUILD_PLATFORM,
  buildPlatformCatalog,
} from '@platform-product/backstage-plugin-platform-product-common/testUtils';
import { platformProductPlugin } from './plugin';

jest.setTimeout(60_000);

describe('platformProductPlugin', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function start(
    knex: Awaited<ReturnType<typeof databases.init>>,
    options: { skipMigrations?: boolean } = {},
  ) {
    const scheduler = mockServices.scheduler.mock();
    const backend = await startTestBackend({
      features: [
        platformProductPlugin,
        catalogServiceMock.factory({ entities: buildPlatformCatalog() }),
        mockServices.database.factory({
          knex,
          migrations: { skip: options.skipMigrations ?? false },
        }),
        scheduler.factory,
      ],
    });
    return { ...backend, scheduler };
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('answers /health without credentials, so load balancers can probe it', async () => {
      const { server } = await start(await databases.init(databaseId));
      const response = await request(server)
        .get('/api/platform-product/health')
        .set('Authorization', mockCredentials.none.header());
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ok' });
    });

    it('refuses unauthenticated calls to anything but /health', async () => {
      const { server } = await start(await databases.init(databaseId));
      const response = await request(server)
        .get('/api/platform-product/platforms')
        .set('Authorization', mockCredentials.none.header());
      expect(response.status).toBe(401);
    });

    it('takes metric points from services and answers users’ questions about them', async () => {
      const { server } = await start(await databases.init(databaseId));
      const point = {
        entityRef: BUILD_PLATFORM,
        metric: 'builds_total',
        timestamp: new Date(Date.now() - 60_000).toISOString(),
        value: 100,
      };
      const asUser = await request(server)
        .post('/api/platform-product/metrics')
        .set('Authorization', mockCredentials.user.header())
        .send({ points: [point] });
      expect(asUser.status).toBe(403);

      const asService = await request(server)
        .post('/api/platform-product/metrics')
        .set('Authorization', mockCredentials.service.header())
        .send({
          points: [point, { ...point, metric: 'builds_ok', value: 99 }],
        });
      expect(asService.status).toBe(200);
      expect(asService.body).toEqual({ received: 2, entities: 1 });

      const slos = await request(server)
        .get(
          '/api/platform-product/platforms/system/default/build-platform/slos',
        )
        .set('Authorization', mockCredentials.user.header());
      expect(slos.status).toBe(200);
      expect(slos.body.items[0].attainment).toBe(0.99);
    });

    it('schedules the daily snapshot once across replicas, and the task writes today’s snapshots', async () => {
      const knex = await databases.init(databaseId);
      const { scheduler } = await start(knex);
      const tasks = scheduler.scheduleTask.mock.calls.map(call => call[0]);
      const task = tasks.find(t => t.id === 'platform-product-daily-snapshot')!;
      expect(
        tasks.filter(t => t.id.startsWith('platform-product-roadmap-')),
      ).toEqual([
        expect.objectContaining({
          id: 'platform-product-roadmap-import',
          scope: 'global',
        }),
        expect.objectContaining({
          id: 'platform-product-roadmap-outcome-reviews',
          scope: 'global',
        }),
      ]);
      expect(task).toMatchObject({
        id: 'platform-product-daily-snapshot',
        frequency: { cron: '15 0 * * *' },
        timeout: { minutes: 15 },
        initialDelay: { seconds: 30 },
        scope: 'global',
      });
      const today = () => new Date().toISOString().slice(0, 10);
      const before = today();
      await task.fn(new AbortController().signal);
      const rows = await knex('adoption_snapshots').select(
        'platform_ref',
        'day',
      );
      expect(rows).toEqual([
        { platform_ref: BUILD_PLATFORM, day: expect.any(String) },
      ]);
      expect([before, today()]).toContain(rows[0].day);
    });

    it('leaves the schema alone when database.migrations.skip is set', async () => {
      const knex = await databases.init(databaseId);
      await start(knex, { skipMigrations: true });
      expect(await knex.schema.hasTable('metric_points')).toBe(false);
    });
  });
});
