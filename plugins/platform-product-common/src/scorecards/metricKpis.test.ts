import { SCORECARD_KPIS } from './scorecard';
import {
  computeMetricKpis,
  METRIC_KPI_IDS,
  METRIC_KPI_WINDOW_DAYS,
  MetricKpiInputs,
} from './metricKpis';

/** Nothing measured: no ratio SLO, no points, no consumer services. */
const NOTHING: MetricKpiInputs = {
  availability: null,
  timeToFirstDeploymentHours: [],
  deploymentsByService: [],
  changeFailures: 0,
  timeToRecoverMinutes: [],
  supportTickets: null,
  activeUsers: null,
  cost: null,
  consumerServices: 0,
};

describe('computeMetricKpis', () => {
  it('measures every metric KPI as the definitions say, with worked numbers', () => {
    expect(
      computeMetricKpis({
        // 990 good of 1000 events over 30 days
        availability: { good: 990, total: 1000 },
        // the median of 10, 30 and 20 hours over 90 days
        timeToFirstDeploymentHours: [10, 30, 20],
        // three consumer services deployed 60, 150 and 300 times in 30 days: 2, 5 and 10 a day
        deploymentsByService: [60, 150, 300],
        // 6 of their 510 deployments failed
        changeFailures: 6,
        // the median of 10 and 40 minutes
        timeToRecoverMinutes: [10, 40],
        // 20 tickets for a mean of 200 active users (150 and 250): 10 per 100 users
        supportTickets: 20,
        activeUsers: { sum: 400, count: 2 },
        // 3,000 over 3 consumer services
        cost: 3000,
        consumerServices: 3,
      }),
    ).toEqual({
      availability: 0.99,
      timeToFirstDeployment: 20,
      deploymentFrequency: 5,
      changeFailureRate: 6 / 510,
      mttr: 25,
      supportTickets: 10,
      cost: 1000,
    });
  });

  it('has no data, never zero, when the inputs are absent or a denominator is 0', () => {
    expect(computeMetricKpis(NOTHING)).toEqual({
      availability: null,
      timeToFirstDeployment: null,
      deploymentFrequency: null,
      changeFailureRate: null,
      mttr: null,
      supportTickets: null,
      cost: null,
    });
    expect(
      computeMetricKpis({
        ...NOTHING,
        // no SLI event in the window
        availability: { good: 0, total: 0 },
        // failures pushed, but no deployment
        changeFailures: 3,
        // tickets, but a mean of 0 active users
        supportTickets: 5,
        activeUsers: { sum: 0, count: 1 },
        // cost, but no consumer service to share it
        cost: 100,
      }),
    ).toMatchObject({
      availability: null,
      changeFailureRate: null,
      supportTickets: null,
      cost: null,
    });
  });

  it('has no data where a sum overflowed, never an infinite value', () => {
    const kpis = computeMetricKpis({
      ...NOTHING,
      deploymentsByService: [1.7e308, 1.7e308],
      changeFailures: 1,
      supportTickets: 1.7e308,
      activeUsers: { sum: 1e-300, count: 1 },
      cost: Infinity,
      consumerServices: 2,
    });
    expect(kpis).toMatchObject({
      supportTickets: null,
      cost: null,
      changeFailureRate: null,
    });
    expect(
      Object.values(kpis).every(v => v === null || Number.isFinite(v)),
    ).toBe(true);
  });

  it('counts zero tickets and zero cost as measured zeros', () => {
    expect(
      computeMetricKpis({
        ...NOTHING,
        supportTickets: 0,
        activeUsers: { sum: 50, count: 1 },
        cost: 0,
        consumerServices: 2,
      }),
    ).toMatchObject({ supportTickets: 0, cost: 0 });
  });

  it('shares the cost among every consumer service, with deployments or not', () => {
    expect(
      computeMetricKpis({
        ...NOTHING,
        deploymentsByService: [30],
        cost: 900,
        consumerServices: 3,
      }),
    ).toMatchObject({ deploymentFrequency: 1, cost: 300 });
  });

  it('caps the change failure rate at 1 when more failures than deployments were pushed', () => {
    expect(
      computeMetricKpis({
        ...NOTHING,
        deploymentsByService: [2],
        changeFailures: 5,
      }).changeFailureRate,
    ).toBe(1);
  });

  it('refuses negative counts and more good events than events', () => {
    expect(() => computeMetricKpis({ ...NOTHING, changeFailures: -1 })).toThrow(
      /changeFailures must be a finite number of zero or more/,
    );
    expect(() =>
      computeMetricKpis({
        ...NOTHING,
        availability: { good: 11, total: 10 },
      }),
    ).toThrow(/good \(11\) must not be more than total \(10\)/);
  });
});

describe('METRIC_KPI_IDS', () => {
  it('lists every scorecard KPI but adoption and NPS, in scorecard order, each with a window', () => {
    expect(METRIC_KPI_IDS).toEqual(
      SCORECARD_KPIS.map(kpi => kpi.id).filter(
        id => id !== 'adoption' && id !== 'nps',
      ),
    );
    expect(Object.keys(METRIC_KPI_WINDOW_DAYS).sort()).toEqual(
      [...METRIC_KPI_IDS].sort(),
    );
    expect(METRIC_KPI_WINDOW_DAYS.timeToFirstDeployment).toBe(90);
  });
});
