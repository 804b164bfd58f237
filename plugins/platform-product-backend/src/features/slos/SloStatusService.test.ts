import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import {
  PlatformSlo,
  PlatformSpec,
} from '@platform-product/backstage-plugin-platform-product-common';
import { MetricStore } from '../../core/metrics';
import { SloStatusService } from './SloStatusService';

jest.setTimeout(60_000);

const NOW = Date.parse('2026-03-10T12:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const PLATFORM = 'system:default/p';

const ratioSlo = (
  overrides: Partial<PlatformSlo> & { target?: number; bad?: boolean } = {},
): PlatformSlo => {
  const { target = 0.999, bad = false, ...slo } = overrides;
  return {
    name: 'availability',
    indicator: {
      ratioMetric: bad
        ? { bad: { metric: 'req_bad' }, total: { metric: 'req_total' } }
        : { good: { metric: 'req_good' }, total: { metric: 'req_total' } },
    },
    timeWindow: [{ duration: '30d', isRolling: true }],
    budgetingMethod: 'Occurrences',
    objectives: [{ target }],
    ...slo,
  };
};

describe('SloStatusService', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let store: MetricStore;
    const logger = mockServices.logger.mock();

    async function setUp(id: TestDatabaseId, cacheTtlMs = 0) {
      const knex = await databases.init(id);
      store = await MetricStore.create({
        database: mockServices.database({ knex, migrations: { skip: false } }),
      });
      return new SloStatusService({
        store,
        logger,
        now: () => new Date(NOW),
        cacheTtlMs,
      });
    }

    /** Writes points of the platform: [metric, time, value][]. */
    async function push(points: Array<[string, number, number]>) {
      await store.upsertMetricPoints(
        points.map(([metric, ts, value]) => ({
          entityRef: PLATFORM,
          metric,
          ts,
          value,
          labels: '{}',
          labelsHash: 'none',
        })),
        NOW,
      );
    }

    const statusOf = async (service: SloStatusService, slo: PlatformSlo) => {
      const spec: PlatformSpec = {
        category: 'deployment',
        personas: ['feature-engineer'],
        slos: [slo],
      };
      const [status] = await service.getStatuses(PLATFORM, spec);
      return status;
    };

    it('spends half the budget with 500 bad events of 1,000,000 at 99.9 %', async () => {
      const service = await setUp(databaseId);
      await push([
        ['req_total', NOW - 10 * DAY, 1_000_000],
        ['req_good', NOW - 10 * DAY, 999_500],
      ]);
      const status = await statusOf(service, ratioSlo());
      expect(status.attainment).toBeCloseTo(0.9995, 12);
      expect(status.budget!.allowedBad).toBeCloseTo(1000, 6);
      expect(status.budget!.bad).toBe(500);
      expect(status.budget!.remaining).toBeCloseTo(0.5, 9);
      expect(status.allowance.badEventsRemaining).toBeCloseTo(500, 6);
      // Half of the 43.2 minutes that 99.9 % allows over 30 days.
      expect(status.allowance.downtimeRemainingMs).toBeCloseTo(
        21.6 * MINUTE,
        3,
      );
      expect(status).toMatchObject({
        name: 'availability',
        displayName: 'availability',
        target: 0.999,
        budgetingMethod: 'Occurrences',
        health: 'healthy',
        // Nothing was recorded in the last three days, so no burn rate can be judged.
        alertState: 'no-data',
        window: {
          duration: '30d',
          isRolling: true,
          from: '2026-02-08T12:00:00.000Z',
          to: '2026-03-10T12:00:00.000Z',
        },
        lastPointAt: '2026-02-28T12:00:00.000Z',
      });
      expect(status.burnRates.map(b => [b.severity, b.longWindow])).toEqual([
        ['page', '1h'],
        ['page', '6h'],
        ['ticket', '3d'],
      ]);
    });

    it('reads a bad-events metric instead of a good one', async () => {
      const service = await setUp(databaseId);
      await push([
        ['req_total', NOW - DAY, 1000],
        ['req_bad', NOW - DAY, 5],
      ]);
      const status = await statusOf(
        service,
        ratioSlo({ bad: true, target: 0.99 }),
      );
      expect(status.budget!.remaining).toBeCloseTo(0.5, 9);
      expect(status.attainment).toBeCloseTo(0.995, 12);
    });

    it('pages on a fast burn and calls the SLO at risk although most of the budget is left', async () => {
      const service = await setUp(databaseId);
      await push([
        ['req_total', NOW - 20 * DAY, 10_000_000],
        ['req_good', NOW - 20 * DAY, 10_000_000],
        ['req_total', NOW - 2 * MINUTE, 10_000],
        ['req_good', NOW - 2 * MINUTE, 9_800],
      ]);
      const status = await statusOf(service, ratioSlo());
      expect(status.budget!.remaining).toBeGreaterThan(0.9);
      expect(status.alertState).toBe('page');
      expect(status.health).toBe('at-risk');
      const fast = status.burnRates[0];
      expect(fast).toMatchObject({
        severity: 'page',
        longWindow: '1h',
        shortWindow: '5m',
        threshold: 14.4,
        firing: true,
      });
      expect(fast.longBurnRate).toBeCloseTo(20, 6);
      expect(fast.shortBurnRate).toBeCloseTo(20, 6);
      expect(fast.budgetSpent).toBeCloseTo(0.02, 9);
    });

    it('is breached when the budget is spent, with nothing left to allow', async () => {
      const service = await setUp(databaseId);
      await push([
        ['req_total', NOW - DAY, 1000],
        ['req_good', NOW - DAY, 980],
      ]);
      const status = await statusOf(service, ratioSlo({ target: 0.99 }));
      expect(status.budget!.remaining).toBeCloseTo(-1, 9);
      expect(status.health).toBe('breached');
      expect(status.allowance).toEqual({
        badEventsRemaining: 0,
        downtimeRemainingMs: 0,
      });
    });

    it('has no data, not a full budget, when nothing was recorded', async () => {
      const service = await setUp(databaseId);
      const status = await statusOf(service, ratioSlo());
      expect(status).toMatchObject({
        attainment: null,
        budget: null,
        health: 'no-data',
        alertState: 'no-data',
        allowance: { badEventsRemaining: null, downtimeRemainingMs: null },
        lastPointAt: null,
      });
    });

    it('judges each value of a threshold SLI with the objective’s operator', async () => {
      const service = await setUp(databaseId);
      await push(
        [100, 200, 300, 400, 500, 550, 580, 590, 600, 601].map((value, i) => [
          'latency_p95',
          NOW - DAY + i * MINUTE,
          value,
        ]),
      );
      const status = await statusOf(service, {
        name: 'latency',
        indicator: { thresholdMetric: { metric: 'latency_p95' } },
        timeWindow: [{ duration: '7d', isRolling: true }],
        budgetingMethod: 'Occurrences',
        objectives: [{ target: 0.8, op: 'lte', value: 600 }],
      });
      expect(status.attainment).toBeCloseTo(0.9, 12);
      // 10 values at 80 % allow 2 bad ones; 1 was bad.
      expect(status.budget!.allowedBad).toBeCloseTo(2, 9);
      expect(status.budget!.remaining).toBeCloseTo(0.5, 9);
    });

    it('cuts a threshold SLI into time slices, good when enough of their values are', async () => {
      const service = await setUp(databaseId);
      const h = (hour: number, minute: number) =>
        Date.parse('2026-03-10T00:00:00Z') + hour * HOUR + minute * MINUTE;
      await push([
        // 01:00 slice: both good → good
        ['latency_p95', h(1, 10), 100],
        ['latency_p95', h(1, 20), 200],
        // 02:00 slice: one of two good, 50 % ≥ 50 % → good
        ['latency_p95', h(2, 10), 100],
        ['latency_p95', h(2, 20), 900],
        // 03:00 slice: both bad → bad
        ['latency_p95', h(3, 10), 900],
        ['latency_p95', h(3, 20), 900],
        // 04:00 slice: bad
        ['latency_p95', h(4, 10), 1000],
      ]);
      const status = await statusOf(service, {
        name: 'latency',
        indicator: { thresholdMetric: { metric: 'latency_p95' } },
        timeWindow: [{ duration: '1d', isRolling: true }],
        budgetingMethod: 'Timeslices',
        objectives: [
          {
            target: 0.9,
            op: 'lte',
            value: 600,
            timeSliceTarget: 0.5,
            timeSliceWindow: '1h',
          },
        ],
      });
      expect(status.attainment).toBeCloseTo(0.5, 12);
      // 24 one-hour slices at 90 % allow 2.4 bad slices; 2 were bad.
      expect(status.budget!.allowedBad).toBeCloseTo(2.4, 9);
      expect(status.budget!.remaining).toBeCloseTo(1 - 2 / 2.4, 9);
      expect(status.health).toBe('at-risk');
      // 0.4 of a bad slice is left: 24 minutes.
      expect(status.allowance.downtimeRemainingMs).toBeCloseTo(24 * MINUTE, 3);
      expect(status.allowance.badEventsRemaining).toBe(null);
      expect(status.lastPointAt).toBe('2026-03-10T04:10:00.000Z');
    });

    it('judges the slices of a ratio SLI by their share of good events', async () => {
      const service = await setUp(databaseId);
      const slice = (n: number) =>
        Date.parse('2026-03-10T06:00:00Z') + n * 5 * MINUTE;
      await push([
        ['req_total', slice(0), 60],
        ['req_total', slice(0) + MINUTE, 40],
        ['req_good', slice(0), 60],
        ['req_good', slice(0) + MINUTE, 40],
        ['req_total', slice(1), 100],
        ['req_good', slice(1), 98],
        ['req_total', slice(2), 50],
        ['req_good', slice(2), 50],
      ]);
      const status = await statusOf(
        service,
        ratioSlo({
          target: 0.95,
          timeWindow: [{ duration: '1d', isRolling: true }],
          budgetingMethod: 'Timeslices',
          objectives: [
            { target: 0.95, timeSliceTarget: 0.99, timeSliceWindow: '5m' },
          ],
        }),
      );
      expect(status.attainment).toBeCloseTo(2 / 3, 12);
      // 288 five-minute slices a day at 95 % allow 14.4 bad slices; 1 was bad.
      expect(status.budget!.remaining).toBeCloseTo(1 - 1 / 14.4, 9);
      // One bad slice in three over the last 6 hours and 3 days burns at (1/3) / 5 % ≈ 6.7: a ticket.
      expect(status.burnRates[2].longBurnRate).toBeCloseTo(1 / 3 / 0.05, 9);
      expect(status.alertState).toBe('ticket');
      expect(status.health).toBe('at-risk');
    });

    it('counts only the current calendar period of a calendar window', async () => {
      const service = await setUp(databaseId);
      await push([
        ['req_total', Date.parse('2026-02-27T00:00:00Z'), 1000],
        ['req_good', Date.parse('2026-02-27T00:00:00Z'), 0],
        ['req_total', Date.parse('2026-03-05T00:00:00Z'), 1000],
        ['req_good', Date.parse('2026-03-05T00:00:00Z'), 995],
      ]);
      const status = await statusOf(
        service,
        ratioSlo({
          target: 0.99,
          timeWindow: [
            {
              duration: '1M',
              calendar: { startTime: '2026-01-01T00:00:00Z', timeZone: 'UTC' },
            },
          ],
        }),
      );
      expect(status.window).toEqual({
        duration: '1M',
        isRolling: false,
        from: '2026-03-01T00:00:00.000Z',
        to: '2026-04-01T00:00:00.000Z',
      });
      expect(status.budget!.remaining).toBeCloseTo(0.5, 9);
      // Half of 1 % of March's 31 days.
      expect(status.allowance.downtimeRemainingMs).toBeCloseTo(
        0.5 * 0.01 * 31 * DAY,
        3,
      );
    });

    it('shows an SLO it cannot evaluate as having no data, and says why in the log', async () => {
      const service = await setUp(databaseId);
      const status = await statusOf(
        service,
        ratioSlo({
          timeWindow: [
            {
              duration: '1M',
              calendar: {
                startTime: '2026-01-01T00:00:00Z',
                timeZone: 'Nowhere/Void',
              },
            },
          ],
        }),
      );
      expect(status.health).toBe('no-data');
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringContaining(
          'SLO availability of system:default/p cannot be evaluated: calendar.timeZone must be an IANA time zone',
        ),
      );
    });

    it('reuses statuses for a while and forgets them when the platform gets new points', async () => {
      const service = await setUp(databaseId, 60_000);
      await push([
        ['req_total', NOW - DAY, 1000],
        ['req_good', NOW - DAY, 1000],
      ]);
      expect((await statusOf(service, ratioSlo())).budget!.bad).toBe(0);
      await push([
        ['req_total', NOW - HOUR, 1000],
        ['req_good', NOW - HOUR, 999],
      ]);
      expect((await statusOf(service, ratioSlo())).budget!.bad).toBe(0);
      service.invalidate([PLATFORM]);
      expect((await statusOf(service, ratioSlo())).budget!.bad).toBe(1);
    });
  });
});
