import type { SloOperator } from '../catalog/types';
import {
  assertFraction,
  assertNonNegative,
  assertPositiveWindow,
  assertSloTarget,
} from '../core/assertions';

/**
 * The share of events (or time slices) an SLO allows to be bad: 1 − target. 99.9 % allows 0.1 %.
 *
 * @public
 */
export function errorBudgetShare(target: number): number {
  assertSloTarget(target);
  return 1 - target;
}

/**
 * The downtime an availability target allows over a window: (1 − target) × window.
 * 99.9 % over 30 days allows 43.2 minutes; 99.5 % over 365 days allows 43.8 hours.
 *
 * @param options - with:
 *   - `target`: the availability target, a fraction in [0, 1), e.g. 0.999
 *   - `windowMs`: the window in milliseconds, e.g. `parseDuration('30d')`
 * @returns the allowed downtime in milliseconds
 * @public
 */
export function availabilityBudget(options: {
  target: number;
  windowMs: number;
}): number {
  const { target, windowMs } = options;
  assertSloTarget(target);
  assertPositiveWindow(windowMs, 'windowMs');
  return (1 - target) * windowMs;
}

/**
 * How much of an error budget is spent and left.
 *
 * @public
 */
export interface ErrorBudget {
  /** Bad events (or bad time slices) the objective allows over the window. */
  allowedBad: number;
  /** Bad events (or bad time slices) observed. */
  bad: number;
  /** Share of the budget spent, bad / allowedBad; above 1 when the objective is breached. */
  consumed: number;
  /**
   * Share of the budget left, 1 − consumed. Negative when the objective is breached: −0.5 means
   * half a budget more than allowed has been spent.
   */
  remaining: number;
}

function errorBudget(allowedBad: number, bad: number): ErrorBudget {
  const consumed = bad / allowedBad;
  return { allowedBad, bad, consumed, remaining: 1 - consumed };
}

/**
 * The error budget of an SLO that budgets by occurrences (OpenSLO `budgetingMethod: Occurrences`):
 * allowed bad events = (1 − target) × total, remaining = 1 − bad / allowed bad.
 * Give either the good or the bad events, whichever the indicator counts.
 *
 * @param options - with:
 *   - `target`: the objective's target, a fraction in [0, 1)
 *   - `total`: every event in the window
 *   - `good`: good events in the window (or give `bad`)
 *   - `bad`: bad events in the window (or give `good`)
 * @returns the budget, or `null` when there were no events (no data, not a full budget);
 *   `remaining` is negative when the objective is breached
 * @public
 */
export function errorBudgetOccurrences(
  options:
    | { target: number; total: number; good: number; bad?: undefined }
    | { target: number; total: number; bad: number; good?: undefined },
): ErrorBudget | null {
  const { target, total } = options;
  assertSloTarget(target);
  assertNonNegative(total, 'total');
  const bad = badEvents(options);
  if (total === 0) {
    return null;
  }
  return errorBudget((1 - target) * total, bad);
}

function badEvents(options: {
  total: number;
  good?: number;
  bad?: number;
}): number {
  const { total, good, bad } = options;
  if (good !== undefined && bad === undefined) {
    assertWithinTotal(good, 'good', total);
    return total - good;
  }
  if (bad !== undefined && good === undefined) {
    assertWithinTotal(bad, 'bad', total);
    return bad;
  }
  throw new RangeError(
    'give exactly one of good or bad events, not both and not neither',
  );
}

function assertWithinTotal(count: number, name: string, total: number): void {
  assertNonNegative(count, name);
  if (count > total) {
    throw new RangeError(
      `${name} (${count}) must not be more than total (${total}); check that both count the same events over the same window`,
    );
  }
}

/**
 * The error budget of an SLO that budgets by time slices (OpenSLO `budgetingMethod: Timeslices`):
 * the window is cut into slices of `sliceMs`, allowed bad slices = (1 − target) × (window / slice),
 * remaining = 1 − bad slices / allowed bad slices. 99 % of 5-minute slices over 30 days allows 86.4
 * bad slices. The window does not have to be a whole number of slices.
 *
 * @param options - with:
 *   - `target`: the share of good slices, a fraction in [0, 1)
 *   - `windowMs`: the SLO window in milliseconds
 *   - `sliceMs`: the length of one slice in milliseconds, e.g. `parseDuration('5m')`
 *   - `badSlices`: slices judged bad so far (see {@link isGoodSlice})
 * @returns the budget; `remaining` is negative when the objective is breached
 * @public
 */
export function errorBudgetTimeslices(options: {
  target: number;
  windowMs: number;
  sliceMs: number;
  badSlices: number;
}): ErrorBudget {
  const { target, windowMs, sliceMs, badSlices } = options;
  assertSloTarget(target);
  assertPositiveWindow(windowMs, 'windowMs');
  assertPositiveWindow(sliceMs, 'sliceMs');
  if (sliceMs > windowMs) {
    throw new RangeError(
      `sliceMs (${sliceMs}) must not be longer than windowMs (${windowMs}); use a slice such as 5m or 1h within the window`,
    );
  }
  assertNonNegative(badSlices, 'badSlices');
  const slices = windowMs / sliceMs;
  if (badSlices > slices) {
    throw new RangeError(
      `badSlices (${badSlices}) must not be more than the ${slices} slices in the window; check the slice length`,
    );
  }
  return errorBudget((1 - target) * slices, badSlices);
}

/**
 * Whether one time slice of a ratio SLO is good: good / total ≥ timeSliceTarget. A slice with no
 * events (total 0) is not bad.
 *
 * @param options - with:
 *   - `good`: good events in the slice
 *   - `total`: every event in the slice
 *   - `timeSliceTarget`: the share of good events that makes a slice good, in [0, 1]
 * @public
 */
export function isGoodSlice(options: {
  good: number;
  total: number;
  timeSliceTarget: number;
}): boolean {
  const { good, total, timeSliceTarget } = options;
  assertFraction(timeSliceTarget, 'timeSliceTarget');
  assertNonNegative(total, 'total');
  assertWithinTotal(good, 'good', total);
  return total === 0 || good / total >= timeSliceTarget;
}

/**
 * Whether one value of a threshold SLO is good: `value op threshold`, e.g. a p95 latency of 540 with
 * `op: lte` and threshold 600 is good. A slice with no value (`null`) is not bad.
 *
 * @param options - with:
 *   - `value`: the measured value, or `null` when the slice has no data
 *   - `op`: `lt`, `lte`, `gt` or `gte`, as in the OpenSLO objective
 *   - `threshold`: the objective's `value`
 * @public
 */
export function isGoodThresholdValue(options: {
  value: number | null;
  op: SloOperator;
  threshold: number;
}): boolean {
  const { value, op, threshold } = options;
  if (Number.isNaN(threshold)) {
    throw new RangeError(
      'threshold must be a number — got NaN; set the objective value',
    );
  }
  if (value === null) {
    return true;
  }
  switch (op) {
    case 'lt':
      return value < threshold;
    case 'lte':
      return value <= threshold;
    case 'gt':
      return value > threshold;
    case 'gte':
      return value >= threshold;
    default:
      throw new RangeError(
        `op must be one of lt, lte, gt, gte — got ${String(op)}`,
      );
  }
}

/**
 * The share of good events: good / total.
 *
 * @param options - with:
 *   - `good`: good events
 *   - `total`: every event
 * @returns the attainment in [0, 1], or `null` when there were no events
 * @public
 */
export function sloAttainment(options: {
  good: number;
  total: number;
}): number | null {
  const { good, total } = options;
  assertNonNegative(total, 'total');
  assertWithinTotal(good, 'good', total);
  return total === 0 ? null : good / total;
}
