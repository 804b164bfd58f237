import path from 'node:path';
import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { RoadmapItemRecord, RoadmapStore } from './RoadmapStore';

jest.setTimeout(60_000);

const migrationsDir = path.resolve(__dirname, '../../../migrations');
const TABLES = ['roadmap_items', 'roadmap_item_history', 'roadmap_settings'];
const T0 = Date.parse('2026-11-25T10:00:00Z');

function record(overrides: Partial<RoadmapItemRecord>): RoadmapItemRecord {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    platformRef: 'system:default/deploy-platform',
    horizon: 'now',
    rank: 'i',
    title: 'Faster rollbacks',
    problem: 'p',
    hypothesis: 'h',
    confidence: 'low',
    status: 'shipped',
    personas: ['persona:default/sre-oncall'],
    category: 'reliability',
    keyResultId: null,
    source: 'ui',
    fileId: null,
    version: 1,
    createdBy: 'user:default/a',
    createdAt: T0,
    updatedBy: 'user:default/a',
    updatedAt: T0,
    shippedAt: T0,
    reviewDueAt: T0 + 1000,
    reviewNotifiedAt: null,
    outcome: null,
    outcomeNotes: null,
    reviewedBy: null,
    reviewedAt: null,
    ...overrides,
  };
}

describe('RoadmapStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function createStore(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    const store = await RoadmapStore.create({
      database: mockServices.database({ knex, migrations: { skip: false } }),
    });
    return { knex, store };
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('migrates up and down', async () => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory: migrationsDir });
      for (const table of TABLES) {
        expect(await knex.schema.hasTable(table)).toBe(true);
      }
      await knex.migrate.rollback({ directory: migrationsDir }, true);
      for (const table of TABLES) {
        expect(await knex.schema.hasTable(table)).toBe(false);
      }
    });

    it('round-trips an item and writes only at the expected version', async () => {
      const { store } = await createStore(databaseId);
      await store.insertItem(record({}));
      expect(
        await store.getItem('system:default/deploy-platform', record({}).id),
      ).toEqual(record({}));
      expect(await store.updateItem(record({}).id, 2, { title: 'x' })).toBe(
        false,
      );
      expect(await store.updateItem(record({}).id, 1, { title: 'x' })).toBe(
        true,
      );
      expect(
        await store.getItem('system:default/deploy-platform', record({}).id),
      ).toMatchObject({
        title: 'x',
        version: 2,
      });
    });

    it('lists due reviews and lets only one run claim each reminder', async () => {
      const { store } = await createStore(databaseId);
      await store.insertItem(record({}));
      await store.insertItem(
        record({ id: '00000000-0000-4000-8000-000000000002', outcome: 'held' }),
      );
      await store.insertItem(
        record({
          id: '00000000-0000-4000-8000-000000000003',
          reviewDueAt: T0 + 5000,
        }),
      );
      expect(
        (await store.listDueReviews(T0 + 1000)).map(item => item.id),
      ).toEqual([record({}).id]);
      expect(await store.claimReviewReminder(record({}).id, T0 + 1000)).toBe(
        true,
      );
      expect(await store.claimReviewReminder(record({}).id, T0 + 2000)).toBe(
        false,
      );
      expect(await store.listDueReviews(T0 + 1000)).toEqual([]);
    });

    it('keeps settings per platform, merging changes', async () => {
      const { store } = await createStore(databaseId);
      const ref = 'system:default/deploy-platform';
      await store.updateSettings(ref, {
        investmentMix: { reliability: 100 },
        mixSource: 'ui',
      });
      await store.updateSettings(ref, {
        importStatus: 'failed',
        importAt: T0,
        importError: 'bad',
        importWarnings: ['w'],
      });
      expect(await store.getSettings(ref)).toMatchObject({
        investmentMix: { reliability: 100 },
        mixSource: 'ui',
        importStatus: 'failed',
        importAt: T0,
        importError: 'bad',
        importWarnings: ['w'],
      });
    });
  });
});
