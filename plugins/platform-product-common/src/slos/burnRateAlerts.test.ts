import { parseDuration } from '../core/duration';
import {
  MULTI_WINDOW_BURN_RULES,
  MULTI_WINDOW_BURN_RULES_SLO_WINDOW,
  budgetSpent,
  burnRate,
  evaluateBurnAlerts,
} from './burnRateAlerts';

const HOUR = 60 * 60 * 1000;
const DAYS_30 = parseDuration('30d');

describe('burnRate', () => {
  it('is the error rate over the allowed error rate', () => {
    expect(burnRate({ errorRate: 0.0144, target: 0.999 })).toBeCloseTo(14.4, 9);
    expect(burnRate({ errorRate: 0, target: 0.999 })).toBe(0);
  });

  it('refuses an error rate that is not a fraction', () => {
    expect(() => burnRate({ errorRate: 2, target: 0.99 })).toThrow(
      /errorRate must be a fraction in \[0, 1\] — got 2; write 2 % as 0.02/,
    );
  });
});

describe('budgetSpent', () => {
  it('spends exactly 2 % of a 30-day budget at 14.4 for 1 hour', () => {
    expect(
      budgetSpent({
        burnRate: 14.4,
        alertWindowMs: HOUR,
        sloWindowMs: DAYS_30,
      }),
    ).toBe(0.02);
  });

  it('matches the SRE workbook for every declared rule', () => {
    const spent = MULTI_WINDOW_BURN_RULES.map(rule =>
      budgetSpent({
        burnRate: rule.burnRate,
        alertWindowMs: parseDuration(rule.longWindow),
        sloWindowMs: parseDuration(MULTI_WINDOW_BURN_RULES_SLO_WINDOW),
      }),
    );
    expect(spent).toEqual([0.02, 0.05, 0.1]);
  });
});

describe('evaluateBurnAlerts', () => {
  const target = 0.999;
  const quiet = { '5m': 0, '1h': 0, '30m': 0, '6h': 0, '3d': 0 };

  it('is ok when every window burns slowly', () => {
    const result = evaluateBurnAlerts({
      target,
      sloWindowMs: DAYS_30,
      errorRates: quiet,
    });
    expect(result.state).toBe('ok');
    expect(result.rules.map(r => r.firing)).toEqual([false, false, false]);
    expect(result.rules.map(r => r.budgetSpent)).toEqual([0.02, 0.05, 0.1]);
  });

  it('pages when both the 1-hour and the 5-minute windows burn at 14.4 or more', () => {
    const result = evaluateBurnAlerts({
      target,
      sloWindowMs: DAYS_30,
      errorRates: { ...quiet, '1h': 0.015, '5m': 0.02 },
    });
    expect(result.state).toBe('page');
    expect(result.rules[0]).toMatchObject({
      firing: true,
      noData: false,
    });
    expect(result.rules[0].longBurnRate).toBeCloseTo(15, 9);
    expect(result.rules[0].shortBurnRate).toBeCloseTo(20, 9);
  });

  it('does not fire when the burn has stopped in the short window', () => {
    const result = evaluateBurnAlerts({
      target,
      sloWindowMs: DAYS_30,
      errorRates: { ...quiet, '1h': 0.015, '5m': 0.001 },
    });
    expect(result.state).toBe('ok');
  });

  it('raises a ticket for a slow burn over 3 days', () => {
    const result = evaluateBurnAlerts({
      target,
      sloWindowMs: DAYS_30,
      errorRates: { ...quiet, '3d': 0.0012, '6h': 0.001 },
    });
    expect(result.state).toBe('ticket');
    expect(result.rules.find(r => r.rule.id === 'ticket')!.firing).toBe(true);
  });

  it('fires at exactly the threshold but not just below it', () => {
    const state = (shortRate: number) =>
      evaluateBurnAlerts({
        target,
        sloWindowMs: DAYS_30,
        errorRates: { ...quiet, '3d': 0.001, '6h': shortRate },
      }).state;
    expect(state(0.001)).toBe('ticket');
    expect(state(0.00099)).toBe('ok');
  });

  it('marks a rule without data as not firing and the state as no data', () => {
    const result = evaluateBurnAlerts({
      target,
      sloWindowMs: DAYS_30,
      errorRates: { ...quiet, '5m': null },
    });
    expect(result.state).toBe('no-data');
    expect(result.rules[0]).toMatchObject({
      firing: false,
      noData: true,
      shortBurnRate: null,
      longBurnRate: 0,
    });
  });

  it('still pages when another rule has no data', () => {
    const result = evaluateBurnAlerts({
      target,
      sloWindowMs: DAYS_30,
      errorRates: { '6h': 0.01, '30m': 0.01 },
    });
    expect(result.state).toBe('page');
  });

  it('matches windows by length, so 60m stands for 1h', () => {
    const result = evaluateBurnAlerts({
      target,
      sloWindowMs: DAYS_30,
      errorRates: { '60m': 0.02, '5m': 0.02 },
    });
    expect(result.rules[0].firing).toBe(true);
  });

  it('reports what each rule spends of a window other than 30 days', () => {
    const result = evaluateBurnAlerts({
      target,
      sloWindowMs: parseDuration('7d'),
      errorRates: quiet,
    });
    expect(result.rules[0].budgetSpent).toBeCloseTo((14.4 * 1) / (7 * 24), 12);
  });

  it('refuses the same window twice, windows that are not durations, and rates above 1', () => {
    const base = { target, sloWindowMs: DAYS_30 };
    expect(() =>
      evaluateBurnAlerts({ ...base, errorRates: { '1h': 0, '60m': 0 } }),
    ).toThrow(/errorRates has both 1h and 60m, which are the same window/);
    expect(() =>
      evaluateBurnAlerts({ ...base, errorRates: { hour: 0 } }),
    ).toThrow(/"hour" is not a duration/);
    expect(() =>
      evaluateBurnAlerts({ ...base, errorRates: { '1h': 5 } }),
    ).toThrow(/errorRates\['1h'\] must be a fraction in \[0, 1\] — got 5/);
  });
});
