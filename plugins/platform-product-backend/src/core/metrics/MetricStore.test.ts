import path from 'node:path';
import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { MetricPointRecord } from './metricPoints';
import { MetricStore } from './MetricStore';

jest.setTimeout(60_000);

const migrationsDir = path.resolve(__dirname, '../../../migrations');
const TABLES = ['metric_points', 'adoption_snapshots', 'scorecard_snapshots'];
const T0 = Date.parse('2026-03-10T00:00:00Z');
const MINUTE = 60_000;

function point(overrides: Partial<MetricPointRecord>): MetricPointRecord {
  return {
    entityRef: 'system:default/deploy-platform',
    metric: 'requests_total',
    ts: T0,
    labelsHash: 'h0',
    labels: '{}',
    value: 1,
    ...overrides,
  };
}

describe('MetricStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  async function tablesOf(knex: Knex) {
    const present: string[] = [];
    for (const table of TABLES) {
      if (await knex.schema.hasTable(table)) {
        present.push(table);
      }
    }
    return present;
  }

  async function createStore(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    const store = await MetricStore.create({
      database: mockServices.database({ knex, migrations: { skip: false } }),
    });
    return { knex, store };
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('migrates up and down', async () => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory: migrationsDir });
      expect(await tablesOf(knex)).toEqual(TABLES);
      await knex.migrate.rollback({ directory: migrationsDir }, true);
      expect(await tablesOf(knex)).toEqual([]);
      await knex.migrate.latest({ directory: migrationsDir });
      expect(await tablesOf(knex)).toEqual(TABLES);
    });

    it('runs the migrations on creation, unless database.migrations.skip is set', async () => {
      const skipped = await databases.init(databaseId);
      await MetricStore.create({
        database: mockServices.database({
          knex: skipped,
          migrations: { skip: true },
        }),
      });
      expect(await tablesOf(skipped)).toEqual([]);

      const migrated = await databases.init(databaseId);
      await MetricStore.create({
        database: mockServices.database({
          knex: migrated,
          migrations: { skip: false },
        }),
      });
      expect(await tablesOf(migrated)).toEqual(TABLES);
    });

    it('replaces a point written again with the same key, instead of adding a second one', async () => {
      const { knex, store } = await createStore(databaseId);
      await store.upsertMetricPoints([point({ value: 10 })], T0);
      await store.upsertMetricPoints(
        [point({ value: 12 }), point({ labelsHash: 'h1', value: 5 })],
        T0 + 1,
      );
      const rows = await knex('metric_points')
        .select('labels_hash', 'value')
        .orderBy('labels_hash');
      expect(rows.map(r => [r.labels_hash, Number(r.value)])).toEqual([
        ['h0', 12],
        ['h1', 5],
      ]);
      const values = await store.getMetricValues([
        point({}),
        point({ labelsHash: 'h1' }),
        point({ labelsHash: 'missing' }),
      ]);
      expect([...values.values()]).toEqual([12, 5]);
    });

    it('writes large batches and rolls a failed transaction back whole', async () => {
      const { knex, store } = await createStore(databaseId);
      const batch = Array.from({ length: 1200 }, (_, i) =>
        point({ ts: T0 + i * MINUTE }),
      );
      await expect(
        store.transaction(async tx => {
          await tx.upsertMetricPoints(batch, T0);
          throw new Error('something later in the batch went wrong');
        }),
      ).rejects.toThrow('something later');
      const [{ n }] = await knex('metric_points').count({ n: '*' });
      expect(Number(n)).toBe(0);

      await store.transaction(tx => tx.upsertMetricPoints(batch, T0));
      const [{ n: stored }] = await knex('metric_points').count({ n: '*' });
      expect(Number(stored)).toBe(1200);
    });

    it('sums several windows that end together in one query, with the last time seen', async () => {
      const { store } = await createStore(databaseId);
      await store.upsertMetricPoints(
        [
          point({ ts: T0, value: 100 }),
          point({ ts: T0 + 10 * MINUTE, value: 50 }),
          point({ ts: T0 + 20 * MINUTE, value: 25.5 }),
          point({ metric: 'requests_good', ts: T0 + 20 * MINUTE, value: 20 }),
          point({ metric: 'other', ts: T0 + 20 * MINUTE, value: 999 }),
          point({ entityRef: 'system:default/other', value: 999 }),
        ],
        T0,
      );
      const sums = await store.sumMetricWindows({
        entityRef: 'system:default/deploy-platform',
        metrics: ['requests_total', 'requests_good'],
        range: { from: T0, to: T0 + 30 * MINUTE },
        starts: [T0, T0 + 10 * MINUTE, T0 + 25 * MINUTE],
      });
      expect(Object.fromEntries(sums)).toEqual({
        requests_total: { sums: [175.5, 75.5, 0], lastTs: T0 + 20 * MINUTE },
        requests_good: { sums: [20, 20, 0], lastTs: T0 + 20 * MINUTE },
      });
    });

    it('sums per time slice, counting each point in the slice that holds it', async () => {
      const { store } = await createStore(databaseId);
      const slice = 5 * MINUTE;
      await store.upsertMetricPoints(
        [
          point({ ts: T0, value: 1 }),
          point({ ts: T0 + slice - 1, value: 2 }),
          point({ ts: T0 + slice, value: 4 }),
          point({ ts: T0 + 3 * slice + 1, value: 8 }),
        ],
        T0,
      );
      const rows = await store.sumMetricBySlice({
        entityRef: 'system:default/deploy-platform',
        metrics: ['requests_total'],
        range: { from: T0, to: T0 + 10 * slice },
        sliceMs: slice,
      });
      expect(
        rows
          .map(r => [r.slice - T0 / slice, r.sum, r.lastTs - T0])
          .sort((a, b) => a[0] - b[0]),
      ).toEqual([
        [0, 3, slice - 1],
        [1, 4, slice],
        [3, 8, 3 * slice + 1],
      ]);
    });

    it('aggregates a metric per entity and finds the oldest point', async () => {
      const { store } = await createStore(databaseId);
      await store.upsertMetricPoints(
        [
          point({
            entityRef: 'component:default/a',
            metric: 'deployments',
            value: 3,
          }),
          point({
            entityRef: 'component:default/a',
            metric: 'deployments',
            ts: T0 + MINUTE,
            value: 4,
          }),
          point({
            entityRef: 'component:default/b',
            metric: 'deployments',
            ts: T0 - MINUTE,
            value: 1,
          }),
        ],
        T0,
      );
      const byEntity = await store.aggregateMetricByEntity({
        entityRefs: [
          'component:default/a',
          'component:default/b',
          'component:default/c',
        ],
        metric: 'deployments',
        range: { from: T0, to: T0 + 60 * MINUTE },
      });
      expect(Object.fromEntries(byEntity)).toEqual({
        'component:default/a': { sum: 7, count: 2 },
      });
      expect(
        await store.earliestMetricTs({
          entityRefs: ['component:default/a', 'component:default/b'],
          metrics: ['deployments'],
        }),
      ).toBe(T0 - MINUTE);
      expect(
        await store.earliestMetricTs({
          entityRefs: ['component:default/c'],
          metrics: ['deployments'],
        }),
      ).toBe(null);
    });
  });
});
