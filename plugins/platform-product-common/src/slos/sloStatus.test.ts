import type { PlatformSlo } from '../catalog/types';
import {
  computeSloStatus,
  countGood,
  countSlices,
  SLO_BURN_WINDOWS,
} from './sloStatus';

const DAY = 24 * 60 * 60_000;
const NOW = Date.parse('2026-03-10T12:00:00Z');
const WINDOW = {
  duration: '30d',
  isRolling: true,
  from: NOW - 30 * DAY,
  to: NOW,
  lengthMs: 30 * DAY,
};
const SLO: PlatformSlo = {
  name: 'availability',
  indicator: {
    ratioMetric: {
      counter: true,
      good: { metric: 'good' },
      total: { metric: 'total' },
    },
  } as PlatformSlo['indicator'],
  timeWindow: [{ duration: '30d', isRolling: true }],
  budgetingMethod: 'Occurrences',
  objectives: [{ target: 0.999 }],
};
const quiet = SLO_BURN_WINDOWS.map(() => ({ good: 0, total: 0 }));

describe('computeSloStatus', () => {
  it('reads 99.95 % of 100,000 events against 99.9 % as half the budget left and healthy', () => {
    const status = computeSloStatus({
      slo: SLO,
      objective: SLO.objectives[0],
      window: WINDOW,
      observation: {
        counts: [{ good: 99_950, total: 100_000 }, ...quiet],
        lastTs: NOW - 60_000,
      },
    });
    expect(status.attainment).toBeCloseTo(0.9995, 10);
    expect(status.budget?.allowedBad).toBeCloseTo(100, 6);
    expect(status.budget?.remaining).toBeCloseTo(0.5, 6);
    expect(status.health).toBe('healthy');
    expect(status.alertState).toBe('no-data');
    expect(status.allowance.badEventsRemaining).toBeCloseTo(50, 6);
    // Half of 43.2 minutes of a 30-day 99.9 % budget.
    expect(status.allowance.downtimeRemainingMs! / 60_000).toBeCloseTo(21.6, 6);
    expect(status.lastPointAt).toBe('2026-03-10T11:59:00.000Z');
  });

  it('says breached when 1 bad event of 1,000 spends a 99.9 % budget, and no data without events', () => {
    const spent = computeSloStatus({
      slo: SLO,
      objective: SLO.objectives[0],
      window: WINDOW,
      observation: {
        counts: [{ good: 999, total: 1000 }, ...quiet],
        lastTs: NOW,
      },
    });
    expect(spent.health).toBe('breached');
    const empty = computeSloStatus({
      slo: SLO,
      objective: SLO.objectives[0],
      window: WINDOW,
      observation: { counts: [], lastTs: null },
    });
    expect(empty).toMatchObject({
      attainment: null,
      budget: null,
      health: 'no-data',
      lastPointAt: null,
    });
  });
});

describe('countGood and countSlices', () => {
  it('counts per window what was judged at or after its start', () => {
    const judged = [
      { at: 10, good: true },
      { at: 20, good: false },
      { at: 30, good: true },
    ];
    expect(countGood(judged, [0, 15, 31])).toEqual([
      { good: 2, total: 3 },
      { good: 1, total: 2 },
      { good: 0, total: 0 },
    ]);
  });

  it('judges each slice with data against the time-slice target', () => {
    const slices = new Map([
      [0, { good: 95, total: 100 }],
      [1, { good: 99, total: 100 }],
      [2, { good: 0, total: 0 }],
    ]);
    // Slices of 60 s; the 99 % target passes slice 1 only; slice 2 has no data and is not judged.
    expect(countSlices(slices, 60_000, [0, 61_000], 0.99)).toEqual([
      { good: 1, total: 2 },
      { good: 1, total: 1 },
    ]);
  });
});
