import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { getPlatformSpec } from '@platform-product/backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import {
  BUILD_PLATFORM,
  buildPlatformCatalog,
} from '@platform-product/backstage-plugin-platform-product-common/testUtils';
import { loadExampleCatalog } from '../../__testUtils__/exampleCatalog';
import { MetricStore, SnapshotStore } from '../../core/metrics';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { ScorecardService } from './ScorecardService';
import { MAX_BACKFILL_DAYS, SnapshotService } from './SnapshotService';

jest.setTimeout(60_000);

const DAY = 24 * 3600_000;
const FIRST_RUN = Date.parse('2026-03-10T00:15:00Z');

describe('SnapshotService', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let knex: Knex;
    let store: MetricStore;
    let scorecards: ScorecardService;
    let snapshots: SnapshotService;
    let now: number;
    const logger = mockServices.logger.mock();

    async function setUp(id: TestDatabaseId, entities: Entity[]) {
      knex = await databases.init(id);
      const database = mockServices.database({
        knex,
        migrations: { skip: false },
      });
      store = await MetricStore.create({ database });
      const snapshotStore = await SnapshotStore.create({ database });
      now = FIRST_RUN;
      const clock = () => new Date(now);
      const graphs = new PlatformGraphProvider({
        catalog: catalogServiceMock({ entities }),
        auth: mockServices.auth(),
        logger,
        ttlMs: 60_000,
        adoptionTtlMs: 300_000,
      });
      scorecards = new ScorecardService({
        store,
        snapshots: snapshotStore,
        graphs,
        now: clock,
      });
      snapshots = new SnapshotService({
        store,
        snapshotStore,
        graphs,
        scorecards,
        logger,
        now: clock,
      });
    }

    /** Writes points of the Build Platform and its consumers: [entity, metric, time, value][]. */
    async function push(points: Array<[string, string, number, number]>) {
      await store.upsertMetricPoints(
        points.map(([entityRef, metric, ts, value]) => ({
          entityRef,
          metric,
          ts,
          value,
          labels: '{}',
          labelsHash: 'none',
        })),
        now,
      );
    }

    const history = (kpi: string) =>
      knex('scorecard_snapshots')
        .where({ platform_ref: BUILD_PLATFORM, kpi })
        .orderBy('day')
        .select('day', 'value', 'source')
        .then(rows =>
          rows.map(r => [
            r.day,
            r.value === null ? null : Number(r.value),
            r.source,
          ]),
        );

    it('writes one adoption and one scorecard snapshot a day for every platform', async () => {
      await setUp(databaseId, await loadExampleCatalog());
      await snapshots.snapshotAll();
      await snapshots.snapshotAll();
      const adoption = await knex('adoption_snapshots')
        .select('platform_ref', 'day', 'adopting_teams', 'audience_teams')
        .orderBy('platform_ref');
      expect(
        adoption.map(r => [
          r.platform_ref,
          r.day,
          Number(r.adopting_teams),
          Number(r.audience_teams),
        ]),
      ).toEqual([
        ['system:default/data-pipeline-platform', '2026-03-10', 2, 21],
        ['system:default/deploy-platform', '2026-03-10', 19, 21],
        ['system:default/logging-platform', '2026-03-10', 15, 21],
        ['system:default/observability-platform', '2026-03-10', 8, 21],
        ['system:default/secrets-platform', '2026-03-10', 12, 21],
      ]);
      const [{ n }] = await knex('scorecard_snapshots').count({ n: '*' });
      expect(Number(n)).toBe(5 * 9);

      now += DAY;
      await snapshots.snapshotAll();
      const days = await knex('adoption_snapshots')
        .where('platform_ref', 'system:default/deploy-platform')
        .orderBy('day')
        .pluck('day');
      expect(days).toEqual(['2026-03-10', '2026-03-11']);
    });

    it('backfills metric KPIs of past days from the metric history, as of the end of each day', async () => {
      await setUp(databaseId, buildPlatformCatalog());
      const day = (n: number) => Date.parse('2026-03-10T00:00:00Z') - n * DAY;
      await push([
        [BUILD_PLATFORM, 'time_to_recover_minutes', day(3) + 3600_000, 10],
        [BUILD_PLATFORM, 'time_to_recover_minutes', day(2) + 3600_000, 50],
        [BUILD_PLATFORM, 'time_to_recover_minutes', day(1) + 3600_000, 60],
        ['component:default/a', 'deployments', day(2) + 1, 30],
      ]);
      await snapshots.snapshotAll();
      expect(await history('mttr')).toEqual([
        ['2026-03-07', 10, 'backfill'],
        ['2026-03-08', 30, 'backfill'],
        ['2026-03-09', 50, 'backfill'],
        ['2026-03-10', 50, 'daily'],
      ]);
      expect(await history('deploymentFrequency')).toEqual([
        ['2026-03-07', null, 'backfill'],
        ['2026-03-08', 1, 'backfill'],
        ['2026-03-09', 1, 'backfill'],
        ['2026-03-10', 1, 'daily'],
      ]);
      // Adoption has history only from the days it was measured.
      expect(await history('adoption')).toEqual([['2026-03-10', 0.6, 'daily']]);

      // The next day finds no history older than its first snapshot: nothing more to backfill.
      now += DAY;
      await snapshots.snapshotAll();
      expect((await history('mttr')).map(([d]) => d)).toEqual([
        '2026-03-07',
        '2026-03-08',
        '2026-03-09',
        '2026-03-10',
        '2026-03-11',
      ]);
    });

    it('backfills once metrics arrive after the first snapshots, keeping the days measured without data', async () => {
      await setUp(databaseId, buildPlatformCatalog());
      now = FIRST_RUN - 2 * DAY;
      await snapshots.snapshotAll();
      now = FIRST_RUN;
      await push([
        [BUILD_PLATFORM, 'time_to_recover_minutes', FIRST_RUN - 5 * DAY, 10],
      ]);
      const entity = buildPlatformCatalog()[0];
      await snapshots.refresh({
        ref: BUILD_PLATFORM,
        entity,
        spec: getPlatformSpec(entity)!,
      });
      expect(await history('mttr')).toEqual([
        ['2026-03-05', 10, 'backfill'],
        ['2026-03-06', 10, 'backfill'],
        ['2026-03-07', 10, 'backfill'],
        ['2026-03-08', null, 'daily'],
        ['2026-03-09', 10, 'backfill'],
        ['2026-03-10', 10, 'daily'],
      ]);
    });

    it('backfills at most 90 days, and never before a day that was measured', async () => {
      await setUp(databaseId, buildPlatformCatalog());
      await push([
        [BUILD_PLATFORM, 'time_to_recover_minutes', FIRST_RUN - 400 * DAY, 10],
      ]);
      await snapshots.snapshotAll();
      const days = (await history('mttr')).map(([d]) => d);
      expect(days).toHaveLength(MAX_BACKFILL_DAYS + 1);
      expect(days[0]).toBe('2025-12-10');
    });

    it('recomputes one platform on demand, replacing today’s snapshot', async () => {
      await setUp(databaseId, buildPlatformCatalog());
      await snapshots.snapshotAll();
      // Five minutes into the day: today's history only.
      await push([
        [BUILD_PLATFORM, 'time_to_recover_minutes', now - 5 * 60_000, 42],
      ]);
      const entity = buildPlatformCatalog()[0];
      await snapshots.refresh({
        ref: BUILD_PLATFORM,
        entity,
        spec: getPlatformSpec(entity)!,
      });
      expect(await history('mttr')).toEqual([['2026-03-10', 42, 'daily']]);
    });

    it('snapshots the other platforms when one fails, then fails naming it', async () => {
      await setUp(databaseId, await loadExampleCatalog());
      const currentValues = scorecards.currentValues.bind(scorecards);
      jest
        .spyOn(scorecards, 'currentValues')
        .mockImplementation(async options => {
          if (options.platform.ref === 'system:default/logging-platform') {
            throw new Error('the database went away');
          }
          return currentValues(options);
        });
      await expect(snapshots.snapshotAll()).rejects.toThrow(
        'Could not snapshot the scorecard of system:default/logging-platform; see the errors logged above',
      );
      expect(logger.error).toHaveBeenCalledWith(
        'Could not snapshot the scorecard of system:default/logging-platform',
        new Error('the database went away'),
      );
      const [{ n }] = await knex('adoption_snapshots').count({ n: '*' });
      expect(Number(n)).toBe(4);
    });
  });
});
