import { parseDuration } from '../core/duration';
import type { SloOperator } from '../catalog/types';
import {
  assertFraction,
  assertNonNegative,
  assertSloTarget,
} from '../core/assertions';

/**
 * The downtime an availability target allows over a window: (1 − target) × window.
 * 99.9 % over 30 days allows 43.2 minutes; 99.5 % over 365 days allows 43.8 hours.
 *
 * @param options.target - the availability target, a fraction in [0, 1), e.g. 0.999
 * @param options.windowMs - the window in milliseconds, e.g. `parseDuration('30d')`
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
 * @param options.target - the objective's target, a fraction in [0, 1)
 * @param options.total - every event in the window
 * @param options.good - good events in the window (or give `bad`)
 * @param options.bad - bad events in the window (or give `good`)
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
 * @param options.target - the share of good slices, a fraction in [0, 1)
 * @param options.windowMs - the SLO window in milliseconds
 * @param options.sliceMs - the length of one slice in milliseconds, e.g. `parseDuration('5m')`
 * @param options.badSlices - slices judged bad so far (see {@link isGoodSlice})
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
 * @param options.good - good events in the slice
 * @param options.total - every event in the slice
 * @param options.timeSliceTarget - the share of good events that makes a slice good, in [0, 1]
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
 * @param options.value - the measured value, or `null` when the slice has no data
 * @param options.op - `lt`, `lte`, `gt` or `gte`, as in the OpenSLO objective
 * @param options.threshold - the objective's `value`
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
 * How fast an error budget is being spent: observed error rate / (1 − target). A burn rate of 1
 * spends exactly the whole budget over the SLO window; 14.4 spends a 30-day budget in 50 hours.
 *
 * @param options.errorRate - the share of bad events over some window, a fraction in [0, 1]
 * @param options.target - the objective's target, a fraction in [0, 1)
 * @public
 */
export function burnRate(options: {
  errorRate: number;
  target: number;
}): number {
  const { errorRate, target } = options;
  assertFraction(errorRate, 'errorRate');
  assertSloTarget(target);
  return errorRate / (1 - target);
}

/**
 * The share of the error budget that burning at `burnRate` for `alertWindowMs` spends:
 * burnRate × alertWindow / sloWindow. 14.4 over 1 hour of a 30-day window spends 0.02 (2 %).
 *
 * @param options.burnRate - the burn rate, zero or more
 * @param options.alertWindowMs - how long the budget burns at that rate, in milliseconds
 * @param options.sloWindowMs - the SLO window, in milliseconds
 * @public
 */
export function budgetSpent(options: {
  burnRate: number;
  alertWindowMs: number;
  sloWindowMs: number;
}): number {
  const { alertWindowMs, sloWindowMs } = options;
  assertNonNegative(options.burnRate, 'burnRate');
  assertPositiveWindow(alertWindowMs, 'alertWindowMs');
  assertPositiveWindow(sloWindowMs, 'sloWindowMs');
  return (options.burnRate * alertWindowMs) / sloWindowMs;
}

/**
 * One multi-window burn-rate alert rule.
 *
 * @public
 */
export interface BurnRateRule {
  /** A stable id, e.g. `page-fast`. */
  id: string;
  /** What the alert does when it fires. */
  severity: 'page' | 'ticket';
  /** The burn rate at or above which both windows must be for the rule to fire. */
  burnRate: number;
  /** The window the burn is measured over, e.g. `1h`. */
  longWindow: string;
  /** The shorter window that must burn as fast, so the alert stops soon after the burn stops. */
  shortWindow: string;
}

/**
 * The SLO window the {@link MULTI_WINDOW_BURN_RULES} thresholds were chosen for.
 *
 * @public
 */
export const MULTI_WINDOW_BURN_RULES_SLO_WINDOW = '30d';

/**
 * The multi-window, multi-burn-rate alerts of the Google SRE workbook ("Alerting on SLOs"):
 * page at 14.4 over 1 hour checked against 5 minutes (spends 2 % of a 30-day budget), page at 6
 * over 6 hours against 30 minutes (5 %), ticket at 1 over 3 days against 6 hours (10 %).
 * The thresholds are declared for a 30-day SLO window and are used as they are for other windows;
 * {@link evaluateBurnAlerts} reports what each rule spends of the actual window.
 *
 * @public
 */
export const MULTI_WINDOW_BURN_RULES: readonly BurnRateRule[] = [
  {
    id: 'page-fast',
    severity: 'page',
    burnRate: 14.4,
    longWindow: '1h',
    shortWindow: '5m',
  },
  {
    id: 'page-slow',
    severity: 'page',
    burnRate: 6,
    longWindow: '6h',
    shortWindow: '30m',
  },
  {
    id: 'ticket',
    severity: 'ticket',
    burnRate: 1,
    longWindow: '3d',
    shortWindow: '6h',
  },
];

/**
 * How one burn-rate rule stands.
 *
 * @public
 */
export interface BurnAlertEvaluation {
  rule: BurnRateRule;
  /** Burn rate over the rule's long window, or `null` without data. */
  longBurnRate: number | null;
  /** Burn rate over the rule's short window, or `null` without data. */
  shortBurnRate: number | null;
  /** Both windows burn at or above the rule's threshold. */
  firing: boolean;
  /** One of the two windows has no error rate, so the rule could not be evaluated. */
  noData: boolean;
  /** Share of the budget of this SLO window that burning at the threshold for the long window spends. */
  budgetSpent: number;
}

/**
 * The overall alert state: `page` when a page rule fires, else `ticket` when a ticket rule fires,
 * else `no-data` when any rule lacks data, else `ok`.
 *
 * @public
 */
export type BurnAlertState = 'ok' | 'ticket' | 'page' | 'no-data';

/**
 * Evaluates {@link MULTI_WINDOW_BURN_RULES} against observed error rates. A rule fires only when
 * the burn rates of both its long and its short window are at or above its threshold (within one part
 * in 10^9, so that binary rounding of 1 − target does not hide an exact hit). A window with
 * no error rate (`null` or absent) leaves the rule not firing and marked `noData`, and the overall
 * state is `ok` only when every rule could be evaluated.
 *
 * @param options.target - the objective's target, a fraction in [0, 1)
 * @param options.sloWindowMs - the SLO window in milliseconds; the thresholds are those declared for
 *   30 days whatever the window, and only `budgetSpent` depends on it
 * @param options.errorRates - error rate (a fraction) per window, keyed by duration (`1h`, `5m`,
 *   `30m`, `6h`, `3d`); keys are compared by length, so `60m` stands for `1h`
 * @public
 */
export function evaluateBurnAlerts(options: {
  target: number;
  sloWindowMs: number;
  errorRates: Record<string, number | null | undefined>;
}): { state: BurnAlertState; rules: BurnAlertEvaluation[] } {
  const { target, sloWindowMs } = options;
  assertSloTarget(target);
  const ratesByMs = errorRatesByLength(options.errorRates);
  const burnOver = (window: string): number | null => {
    const errorRate = ratesByMs.get(parseDuration(window));
    return errorRate === undefined || errorRate === null
      ? null
      : burnRate({ errorRate, target });
  };
  const rules = MULTI_WINDOW_BURN_RULES.map(rule => {
    const longBurnRate = burnOver(rule.longWindow);
    const shortBurnRate = burnOver(rule.shortWindow);
    const noData = longBurnRate === null || shortBurnRate === null;
    return {
      rule,
      longBurnRate,
      shortBurnRate,
      noData,
      firing:
        !noData &&
        isAtOrAbove(longBurnRate, rule.burnRate) &&
        isAtOrAbove(shortBurnRate, rule.burnRate),
      budgetSpent: budgetSpent({
        burnRate: rule.burnRate,
        alertWindowMs: parseDuration(rule.longWindow),
        sloWindowMs,
      }),
    };
  });
  return { state: burnAlertState(rules), rules };
}

/**
 * `1 − target` is not exact in binary (1 − 0.999 is slightly more than 0.001), so an error rate of
 * exactly 0.1 % burns a 99.9 % budget at a hair under 1. Burn rates within one part in 10^9 of a
 * threshold count as at it.
 */
function isAtOrAbove(rate: number, threshold: number): boolean {
  return rate >= threshold * (1 - 1e-9);
}

function burnAlertState(rules: BurnAlertEvaluation[]): BurnAlertState {
  const firing = rules.filter(r => r.firing);
  if (firing.some(r => r.rule.severity === 'page')) {
    return 'page';
  }
  if (firing.length > 0) {
    return 'ticket';
  }
  return rules.some(r => r.noData) ? 'no-data' : 'ok';
}

function errorRatesByLength(
  errorRates: Record<string, number | null | undefined>,
): Map<number, number | null | undefined> {
  const byMs = new Map<number, number | null | undefined>();
  const keyByMs = new Map<number, string>();
  for (const [key, rate] of Object.entries(errorRates)) {
    const ms = parseDuration(key);
    if (keyByMs.has(ms)) {
      throw new RangeError(
        `errorRates has both ${keyByMs.get(
          ms,
        )} and ${key}, which are the same window; keep one`,
      );
    }
    if (rate !== null && rate !== undefined) {
      assertFraction(rate, `errorRates['${key}']`);
    }
    keyByMs.set(ms, key);
    byMs.set(ms, rate);
  }
  return byMs;
}

/**
 * The share of good events: good / total.
 *
 * @param options.good - good events
 * @param options.total - every event
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

function assertPositiveWindow(ms: number, name: string): void {
  if (!Number.isFinite(ms) || ms <= 0) {
    throw new RangeError(
      `${name} must be a positive number of milliseconds — got ${ms}; convert a duration with parseDuration('30d')`,
    );
  }
}
