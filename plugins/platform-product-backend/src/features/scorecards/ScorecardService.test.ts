import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { getPlatformSpec } from '@platform-product/backstage-plugin-platform-product-common';
import {
  BUILD_PLATFORM,
  buildPlatformCatalog,
} from '@platform-product/backstage-plugin-platform-product-common/testUtils';
import { MetricStore, SnapshotStore } from '../../core/metrics';
import { PlatformGraph } from '@platform-product/backstage-plugin-platform-product-common';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { ResolvedPlatform } from '../../core/catalog/PlatformCatalog';
import { ScorecardService } from './ScorecardService';

jest.setTimeout(60_000);

const NOW = Date.parse('2026-03-10T12:00:00Z');
const DAY = 24 * 3600_000;

describe('ScorecardService', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  const entities = buildPlatformCatalog();
  const entity = entities.find(e => e.metadata.name === 'build-platform')!;
  const platform: ResolvedPlatform = {
    ref: BUILD_PLATFORM,
    entity,
    spec: getPlatformSpec(entity)!,
  };

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let store: MetricStore;
    let scorecards: ScorecardService;
    let graphs: PlatformGraphProvider;
    let snapshotStore: SnapshotStore;

    async function setUp(id: TestDatabaseId) {
      const knex = await databases.init(id);
      const database = mockServices.database({
        knex,
        migrations: { skip: false },
      });
      store = await MetricStore.create({ database });
      snapshotStore = await SnapshotStore.create({ database });
      graphs = new PlatformGraphProvider({
        catalog: catalogServiceMock({ entities }),
        auth: mockServices.auth(),
        logger: mockServices.logger.mock(),
        ttlMs: 60_000,
        adoptionTtlMs: 300_000,
      });
      scorecards = new ScorecardService({
        store,
        snapshots: snapshotStore,
        graphs,
        now: () => new Date(NOW),
      });
    }

    /** Writes points: [entity name or ref, metric, days ago, value][]. */
    async function push(points: Array<[string, string, number, number]>) {
      await store.upsertMetricPoints(
        points.map(([entityRef, metric, daysAgo, value], i) => ({
          entityRef: entityRef.includes(':')
            ? entityRef
            : `component:default/${entityRef}`,
          metric,
          ts: NOW - daysAgo * DAY + i,
          value,
          labels: '{}',
          labelsHash: 'none',
        })),
        NOW,
      );
    }

    beforeEach(async () => {
      await setUp(databaseId);
    });

    it('measures every KPI as docs/api.md defines it', async () => {
      const P = BUILD_PLATFORM;
      await push([
        // availability: the first ratio SLO over 30 days: 990 / 1000
        [P, 'builds_total', 10, 1000],
        [P, 'builds_ok', 10, 990],
        [P, 'builds_total', 40, 1000],
        [P, 'builds_ok', 40, 0],
        // time to first deployment: median over 90 days of 10, 20, 30
        [P, 'time_to_first_deployment_hours', 10, 10],
        [P, 'time_to_first_deployment_hours', 50, 30],
        [P, 'time_to_first_deployment_hours', 80, 20],
        [P, 'time_to_first_deployment_hours', 100, 1000],
        // deployment frequency: median of 60/30, 150/30, 300/30 a day over the consumer Components
        ['a', 'deployments', 1, 30],
        ['a', 'deployments', 2, 30],
        ['b', 'deployments', 3, 150],
        ['c', 'deployments', 4, 300],
        ['c', 'deployments', 31, 9999],
        ['api:default/d-api', 'deployments', 1, 9999],
        // change failure rate: 6 of 510 deployments
        ['a', 'change_failures', 1, 3],
        ['b', 'change_failures', 1, 3],
        // MTTR: median of 10 and 40 minutes
        [P, 'time_to_recover_minutes', 1, 10],
        [P, 'time_to_recover_minutes', 2, 40],
        // support: 20 tickets for a mean of 200 active users: 10 per 100
        [P, 'support_tickets', 1, 12],
        [P, 'support_tickets', 20, 8],
        [P, 'active_users', 1, 150],
        [P, 'active_users', 15, 250],
        // cost: 3,000 over 3 consumer Components
        [P, 'cost', 5, 1000],
        [P, 'cost', 25, 2000],
      ]);
      const scorecard = await scorecards.getScorecard(platform, {
        fromDay: '2026-03-01',
        toDay: '2026-03-10',
      });
      const values = Object.fromEntries(
        scorecard.kpis.map(k => [k.kpi, [k.value, k.status]]),
      );
      expect(values).toEqual({
        adoption: [0.6, 'met'],
        nps: [null, 'no-data'],
        availability: [0.99, 'missed'],
        timeToFirstDeployment: [20, 'met'],
        deploymentFrequency: [5, 'met'],
        changeFailureRate: [6 / 510, 'met'],
        mttr: [25, 'met'],
        supportTickets: [10, 'met'],
        cost: [1000, 'missed'],
      });
      expect(scorecard.capacityUnlockedHoursPerMonth).toBe(30);
    });

    it('has no data, never zero, when the inputs are absent or a denominator is 0', async () => {
      await push([
        // tickets, but a mean of 0 active users
        [BUILD_PLATFORM, 'support_tickets', 1, 5],
        [BUILD_PLATFORM, 'active_users', 1, 0],
        // cost, but no consumer Component to share it
        [BUILD_PLATFORM, 'cost', 1, 100],
        // SLI events older than 30 days
        [BUILD_PLATFORM, 'builds_total', 31, 10],
        [BUILD_PLATFORM, 'builds_ok', 31, 10],
        // deployments of a service that is not a consumer
        ['component:default/other', 'deployments', 1, 10],
      ]);
      const adoption = (await PlatformGraph.create(entities)).adoption(
        entity,
        platform.spec,
      );
      const values = await scorecards.currentValues({
        platform,
        adoption: { ...adoption, consumers: [] },
      });
      expect(values).toEqual({
        adoption: 0.6,
        nps: null,
        availability: null,
        timeToFirstDeployment: null,
        deploymentFrequency: null,
        changeFailureRate: null,
        mttr: null,
        supportTickets: null,
        cost: null,
      });
    });

    it('caps the change failure rate at 1 when more failures than deployments were pushed', async () => {
      await push([
        ['a', 'deployments', 1, 2],
        ['a', 'change_failures', 1, 5],
      ]);
      const scorecard = await scorecards.getScorecard(platform, {
        fromDay: '2026-03-10',
        toDay: '2026-03-10',
      });
      expect(
        scorecard.kpis.find(k => k.kpi === 'changeFailureRate'),
      ).toMatchObject({
        value: 1,
        status: 'missed',
      });
    });
    describe('with a cache time', () => {
      let clock: number;
      const cached = () =>
        new ScorecardService({
          store,
          snapshots: snapshotStore,
          graphs,
          now: () => new Date(clock),
          cacheTtlMs: 60_000,
        });
      const deploymentFrequency = async (service: ScorecardService) => {
        const scorecard = await service.getScorecard(platform, {
          fromDay: '2026-03-10',
          toDay: '2026-03-10',
        });
        return scorecard.kpis.find(k => k.kpi === 'deploymentFrequency')!.value;
      };

      beforeEach(() => {
        clock = NOW;
      });

      it('reuses the metric KPIs until points of a consumer or the platform come in', async () => {
        await push([['a', 'deployments', 1, 30]]);
        const service = cached();
        expect(await deploymentFrequency(service)).toBe(1);
        const reads = jest.spyOn(store, 'aggregateMetricByEntity');

        await push([['a', 'deployments', 2, 30]]);
        expect(await deploymentFrequency(service)).toBe(1);
        expect(reads).not.toHaveBeenCalled();

        // An ingest for another entity leaves it; one for a consumer service forgets it.
        service.invalidate(['component:default/not-a-consumer']);
        expect(await deploymentFrequency(service)).toBe(1);
        service.invalidate(['component:default/a']);
        expect(await deploymentFrequency(service)).toBe(2);
        expect(reads).toHaveBeenCalled();

        // Each service's sums are read once for every platform it consumes: points of the
        // consumer are seen after an ingest for it, not after one only for the platform.
        await push([['a', 'deployments', 3, 30]]);
        service.invalidate([BUILD_PLATFORM]);
        expect(await deploymentFrequency(service)).toBe(2);
        service.invalidate(['component:default/a']);
        expect(await deploymentFrequency(service)).toBe(3);
      });

      it('forgets the KPIs measured on the platform after an ingest for it', async () => {
        const costPerService = async (service: ScorecardService) =>
          (
            await service.getScorecard(platform, {
              fromDay: '2026-03-10',
              toDay: '2026-03-10',
            })
          ).kpis.find(k => k.kpi === 'cost')!.value;
        await push([[BUILD_PLATFORM, 'cost', 1, 100]]);
        const service = cached();
        const first = await costPerService(service);
        expect(first).toBeGreaterThan(0);
        await push([[BUILD_PLATFORM, 'cost', 2, 100]]);
        expect(await costPerService(service)).toBe(first);
        service.invalidate([BUILD_PLATFORM]);
        expect(await costPerService(service)).toBe(first! * 2);
      });

      it('answers an expired value at once and has the next read see the new points', async () => {
        await push([['a', 'deployments', 1, 30]]);
        const service = cached();
        expect(await deploymentFrequency(service)).toBe(1);
        await push([['a', 'deployments', 2, 30]]);
        clock = NOW + 61_000;
        // The expired value, while it is recomputed in the background.
        expect(await deploymentFrequency(service)).toBe(1);
        let value = await deploymentFrequency(service);
        for (let tries = 0; value !== 2 && tries < 100; tries++) {
          await new Promise(resolve => setTimeout(resolve, 50));
          value = await deploymentFrequency(service);
        }
        expect(value).toBe(2);
      });
    });
  });
});
