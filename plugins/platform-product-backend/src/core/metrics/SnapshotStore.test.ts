import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { SnapshotStore } from './SnapshotStore';

jest.setTimeout(60_000);

const T0 = Date.parse('2026-03-10T00:00:00Z');

describe('SnapshotStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function createStore(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    const store = await SnapshotStore.create({
      database: mockServices.database({ knex, migrations: { skip: false } }),
    });
    return { knex, store };
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('keeps daily scorecard values over backfilled ones, and replaces a day written again', async () => {
      const { store } = await createStore(databaseId);
      const platformRef = 'system:default/deploy-platform';
      await store.writeScorecardSnapshot({
        platformRef,
        values: [{ day: '2026-03-09', kpi: 'mttr', value: 20 }],
        source: 'daily',
        computedAt: T0,
      });
      await store.writeScorecardSnapshot({
        platformRef,
        values: [
          { day: '2026-03-08', kpi: 'mttr', value: 40 },
          { day: '2026-03-09', kpi: 'mttr', value: 99 },
        ],
        source: 'backfill',
        computedAt: T0,
      });
      await store.writeScorecardSnapshot({
        platformRef,
        values: [{ day: '2026-03-08', kpi: 'nps', value: null }],
        source: 'daily',
        computedAt: T0,
      });
      expect(
        await store.listScorecardSnapshots({
          platformRef,
          fromDay: '2026-03-01',
          toDay: '2026-03-31',
        }),
      ).toEqual([
        { day: '2026-03-08', kpi: 'mttr', value: 40 },
        { day: '2026-03-08', kpi: 'nps', value: null },
        { day: '2026-03-09', kpi: 'mttr', value: 20 },
      ]);
      expect(
        await store.firstScorecardDayWithData(platformRef, ['mttr', 'nps']),
      ).toBe('2026-03-08');
      expect(await store.firstScorecardDayWithData(platformRef, ['nps'])).toBe(
        null,
      );
    });

    it('keeps one adoption snapshot per platform and day', async () => {
      const { store } = await createStore(databaseId);
      const snapshot = {
        platformRef: 'system:default/deploy-platform',
        day: '2026-03-09',
        adoptingTeams: 3,
        audienceTeams: 10,
        adoptingServices: 7,
        totalServices: 20,
        computedAt: T0,
      };
      await store.upsertAdoptionSnapshot(snapshot);
      await store.upsertAdoptionSnapshot({ ...snapshot, adoptingTeams: 4 });
      await store.upsertAdoptionSnapshot({ ...snapshot, day: '2026-03-10' });
      expect(
        await store.listAdoptionSnapshots({
          platformRef: snapshot.platformRef,
          fromDay: '2026-03-01',
          toDay: '2026-03-09',
        }),
      ).toEqual([{ ...snapshot, adoptingTeams: 4 }]);
    });
  });
});
