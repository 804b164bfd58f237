import { parseDuration } from '../core/duration';
import {
  assertFraction,
  assertNonNegative,
  assertPositiveWindow,
  assertSloTarget,
} from '../core/assertions';

/**
 * How fast an error budget is being spent: observed error rate / (1 − target). A burn rate of 1
 * spends exactly the whole budget over the SLO window; 14.4 spends a 30-day budget in 50 hours.
 *
 * @param options - with:
 *   - `errorRate`: the share of bad events over some window, a fraction in [0, 1]
 *   - `target`: the objective's target, a fraction in [0, 1)
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
 * @param options - with:
 *   - `burnRate`: the burn rate, zero or more
 *   - `alertWindowMs`: how long the budget burns at that rate, in milliseconds
 *   - `sloWindowMs`: the SLO window, in milliseconds
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
 * @param options - with:
 *   - `target`: the objective's target, a fraction in [0, 1)
 *   - `sloWindowMs`: the SLO window in milliseconds; the thresholds are those declared for
 *   30 days whatever the window, and only `budgetSpent` depends on it
 *   - `errorRates`: error rate (a fraction) per window, keyed by duration (`1h`, `5m`,
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
