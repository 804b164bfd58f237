import path from 'node:path';
import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import {
  readsEventually,
  storeReplicas,
} from '../../__testUtils__/storeReplicas';
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

    it("answers the cards' Now items from one read per replica: its own writes at once, another replica's within the time to live", async () => {
      const { here, there, passTtl, restore } = await storeReplicas(
        await databases.init(databaseId),
        options => RoadmapStore.create(options),
      );
      try {
        const platform = 'system:default/deploy-platform';
        const ids = async (store: RoadmapStore) =>
          (await store.listOpenNowItems([platform]))
            .map(item => item.id)
            .sort();
        expect(await ids(there)).toEqual([]);

        const a = record({ id: 'a', status: 'committed', shippedAt: null });
        await here.insertItem(a);
        await here.insertItem(
          record({ id: 'later', horizon: 'later', status: 'exploring' }),
        );
        await here.insertItem(record({ id: 'shipped' }));
        await here.insertItem(
          record({
            id: 'b',
            status: 'exploring',
            platformRef: 'system:default/other',
          }),
        );
        expect(await ids(here)).toEqual(['a']);
        expect(await ids(there)).toEqual([]);
        passTtl();
        expect(await ids(there)).toEqual([]); // answered at once; read again
        await readsEventually(() => ids(there), ['a']);

        // An edit, a transaction's write and a transaction rolled back, each seen at once here.
        expect(await here.updateItem('a', 1, { status: 'shipped' })).toBe(true);
        expect(await ids(here)).toEqual([]);
        await here.transaction(store =>
          store.insertItem(record({ id: 'c', status: 'exploring' })),
        );
        expect(await ids(here)).toEqual(['c']);
        await expect(
          here.transaction(async store => {
            await store.deleteItem('c');
            throw new Error('rolled back');
          }),
        ).rejects.toThrow('rolled back');
        expect(await ids(here)).toEqual(['c']);
        await here.deleteItem('c');
        expect(await ids(here)).toEqual([]);
      } finally {
        restore();
      }
    });
  });
});
