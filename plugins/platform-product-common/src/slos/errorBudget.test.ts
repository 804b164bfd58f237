import fc from 'fast-check';
import { parseDuration } from '../core/duration';
import {
  availabilityBudget,
  errorBudgetOccurrences,
  errorBudgetTimeslices,
  isGoodSlice,
  isGoodThresholdValue,
  sloAttainment,
} from './errorBudget';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAYS_30 = parseDuration('30d');
const DAYS_365 = parseDuration('365d');

describe('availabilityBudget', () => {
  it.each([
    [0.999, DAYS_30, 43.2 * MINUTE],
    [0.995, DAYS_30, 3.6 * HOUR],
    [0.995, DAYS_365, 43.8 * HOUR],
    [0.999, DAYS_365, 8.76 * HOUR],
    [0.9995, DAYS_365, 4.38 * HOUR],
  ])('allows (1 − %s) of %s ms: %s ms', (target, windowMs, expected) => {
    expect(availabilityBudget({ target, windowMs })).toBeCloseTo(expected, 3);
  });

  it('refuses a target of 100 % or more, saying how to write a percentage', () => {
    expect(() => availabilityBudget({ target: 1, windowMs: DAYS_30 })).toThrow(
      new RangeError(
        'target must be a fraction in [0, 1) — got 1; write 99.9 % as 0.999 (a target of 1 leaves no error budget)',
      ),
    );
    expect(() =>
      availabilityBudget({ target: 99.9, windowMs: DAYS_30 }),
    ).toThrow(/got 99.9; write 99.9 % as 0.999/);
  });

  it('refuses an empty or negative window', () => {
    expect(() => availabilityBudget({ target: 0.99, windowMs: 0 })).toThrow(
      /windowMs must be a positive number of milliseconds — got 0/,
    );
  });
});

describe('errorBudgetOccurrences', () => {
  it('spends a quarter of the budget with 250 bad events of 1,000,000 at 99.9 %', () => {
    const budget = errorBudgetOccurrences({
      target: 0.999,
      good: 999_750,
      total: 1_000_000,
    });
    expect(budget!.allowedBad).toBeCloseTo(1000, 6);
    expect(budget!.bad).toBe(250);
    expect(budget!.consumed).toBeCloseTo(0.25, 9);
    expect(budget!.remaining).toBeCloseTo(0.75, 9);
  });

  it('accepts bad events instead of good ones', () => {
    expect(
      errorBudgetOccurrences({ target: 0.99, bad: 5, total: 1000 })!.remaining,
    ).toBeCloseTo(0.5, 9);
  });

  it('goes negative when the objective is breached', () => {
    const budget = errorBudgetOccurrences({
      target: 0.99,
      bad: 30,
      total: 1000,
    });
    expect(budget!.consumed).toBeCloseTo(3, 9);
    expect(budget!.remaining).toBeCloseTo(-2, 9);
  });

  it('has no data, not a full budget, when there were no events', () => {
    expect(errorBudgetOccurrences({ target: 0.99, good: 0, total: 0 })).toBe(
      null,
    );
  });

  it('refuses more good events than events', () => {
    expect(() =>
      errorBudgetOccurrences({ target: 0.99, good: 11, total: 10 }),
    ).toThrow(
      new RangeError(
        'good (11) must not be more than total (10); check that both count the same events over the same window',
      ),
    );
  });

  it('refuses negative counts', () => {
    expect(() =>
      errorBudgetOccurrences({ target: 0.99, bad: -1, total: 10 }),
    ).toThrow(/bad must be a finite number of zero or more — got -1/);
    expect(() =>
      errorBudgetOccurrences({ target: 0.99, good: 1, total: -10 }),
    ).toThrow(/total must be a finite number of zero or more — got -10/);
  });

  it('refuses both good and bad, or neither', () => {
    expect(() =>
      errorBudgetOccurrences({
        target: 0.99,
        good: 1,
        bad: 1,
        total: 2,
      } as never),
    ).toThrow(/exactly one of good or bad/);
    expect(() =>
      errorBudgetOccurrences({ target: 0.99, total: 2 } as never),
    ).toThrow(/exactly one of good or bad/);
  });

  it('refuses a target of 1', () => {
    expect(() =>
      errorBudgetOccurrences({ target: 1, good: 1, total: 1 }),
    ).toThrow(RangeError);
  });

  it('never leaves more budget after more bad events', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.9999, noNaN: true }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (target, total, a, b) => {
          const [fewer, more] = [a % (total + 1), b % (total + 1)].sort(
            (x, y) => x - y,
          );
          const remaining = (bad: number) =>
            errorBudgetOccurrences({ target, bad, total })!.remaining;
          expect(remaining(more)).toBeLessThanOrEqual(remaining(fewer));
          expect(remaining(0)).toBe(1);
        },
      ),
    );
  });
});

describe('errorBudgetTimeslices', () => {
  it('allows 86.4 bad 5-minute slices over 30 days at 99 %', () => {
    const budget = errorBudgetTimeslices({
      target: 0.99,
      windowMs: DAYS_30,
      sliceMs: parseDuration('5m'),
      badSlices: 43.2,
    });
    expect(budget.allowedBad).toBeCloseTo(86.4, 9);
    expect(budget.consumed).toBeCloseTo(0.5, 9);
    expect(budget.remaining).toBeCloseTo(0.5, 9);
  });

  it('goes negative when more slices are bad than allowed', () => {
    expect(
      errorBudgetTimeslices({
        target: 0.95,
        windowMs: parseDuration('1d'),
        sliceMs: parseDuration('1h'),
        badSlices: 3,
      }).remaining,
    ).toBeCloseTo(1 - 3 / 1.2, 9);
  });

  it('refuses a slice longer than the window', () => {
    expect(() =>
      errorBudgetTimeslices({
        target: 0.95,
        windowMs: HOUR,
        sliceMs: 2 * HOUR,
        badSlices: 0,
      }),
    ).toThrow(
      /sliceMs \(7200000\) must not be longer than windowMs \(3600000\)/,
    );
  });

  it('refuses more bad slices than the window holds, or negative ones', () => {
    const options = { target: 0.95, windowMs: HOUR, sliceMs: 5 * MINUTE };
    expect(() => errorBudgetTimeslices({ ...options, badSlices: 13 })).toThrow(
      /badSlices \(13\) must not be more than the 12 slices in the window/,
    );
    expect(() => errorBudgetTimeslices({ ...options, badSlices: -1 })).toThrow(
      /badSlices must be a finite number of zero or more/,
    );
  });

  it('never leaves more budget after more bad slices', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.9999, noNaN: true }),
        fc.integer({ min: 0, max: 8640 }),
        fc.integer({ min: 0, max: 8640 }),
        (target, a, b) => {
          const remaining = (badSlices: number) =>
            errorBudgetTimeslices({
              target,
              windowMs: DAYS_30,
              sliceMs: 5 * MINUTE,
              badSlices,
            }).remaining;
          expect(remaining(Math.max(a, b))).toBeLessThanOrEqual(
            remaining(Math.min(a, b)),
          );
        },
      ),
    );
  });
});

describe('isGoodSlice', () => {
  it('is good when the share of good events reaches the slice target', () => {
    expect(isGoodSlice({ good: 95, total: 100, timeSliceTarget: 0.95 })).toBe(
      true,
    );
    expect(isGoodSlice({ good: 94, total: 100, timeSliceTarget: 0.95 })).toBe(
      false,
    );
  });

  it('does not count a slice without events as bad', () => {
    expect(isGoodSlice({ good: 0, total: 0, timeSliceTarget: 0.95 })).toBe(
      true,
    );
  });

  it('refuses a slice target outside [0, 1] and good above total', () => {
    expect(() =>
      isGoodSlice({ good: 1, total: 1, timeSliceTarget: 95 }),
    ).toThrow(/timeSliceTarget must be a fraction in \[0, 1\] — got 95/);
    expect(() =>
      isGoodSlice({ good: 2, total: 1, timeSliceTarget: 0.9 }),
    ).toThrow(/good \(2\) must not be more than total \(1\)/);
  });
});

describe('isGoodThresholdValue', () => {
  it.each([
    ['lt', 599, true],
    ['lt', 600, false],
    ['lte', 600, true],
    ['lte', 601, false],
    ['gt', 601, true],
    ['gt', 600, false],
    ['gte', 600, true],
    ['gte', 599, false],
  ] as const)('%s 600: %s is good: %s', (op, value, good) => {
    expect(isGoodThresholdValue({ value, op, threshold: 600 })).toBe(good);
  });

  it('does not count a slice without a value as bad', () => {
    expect(isGoodThresholdValue({ value: null, op: 'lt', threshold: 1 })).toBe(
      true,
    );
  });

  it('refuses an unknown operator', () => {
    expect(() =>
      isGoodThresholdValue({ value: 1, op: 'eq' as never, threshold: 1 }),
    ).toThrow('op must be one of lt, lte, gt, gte — got eq');
  });
});

describe('sloAttainment', () => {
  it('is the share of good events', () => {
    expect(sloAttainment({ good: 995, total: 1000 })).toBe(0.995);
  });

  it('has no data without events', () => {
    expect(sloAttainment({ good: 0, total: 0 })).toBe(null);
  });

  it('refuses more good events than events', () => {
    expect(() => sloAttainment({ good: 2, total: 1 })).toThrow(RangeError);
  });
});

describe('errorBudgetShare', () => {
  it('is 1 − target: 99.9 % allows 0.1 % of events to be bad', () => {
    const { errorBudgetShare } = jest.requireActual('./errorBudget');
    expect(errorBudgetShare(0.999)).toBeCloseTo(0.001, 12);
    expect(() => errorBudgetShare(1.5)).toThrow(RangeError);
  });
});
