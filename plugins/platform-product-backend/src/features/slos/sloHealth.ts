import type {
  BurnAlertState,
  ErrorBudget,
  SloHealth,
} from '@platform-product/backstage-plugin-platform-product-common';

/** Below this share of budget left, an SLO is at risk. */
export const AT_RISK_BUDGET_REMAINING = 0.25;

/**
 * 1 − target is not exact in binary (1 − 0.999 is a hair over 0.001), so a budget spent exactly
 * leaves a remainder of about 1e-15 instead of 0. Remainders this small count as spent.
 */
const SPENT_TOLERANCE = 1e-9;

/**
 * The health of one SLO: `no-data` without events in the window, `breached` when the budget is
 * spent (remaining ≤ 0, within binary rounding), `at-risk` when a burn-rate alert fires or less than a quarter of the
 * budget is left, `healthy` otherwise.
 *
 * @internal
 */
export function sloHealth(
  budget: ErrorBudget | null,
  alertState: BurnAlertState,
): SloHealth {
  if (budget === null) {
    return 'no-data';
  }
  if (budget.remaining <= SPENT_TOLERANCE) {
    return 'breached';
  }
  if (
    alertState === 'page' ||
    alertState === 'ticket' ||
    budget.remaining < AT_RISK_BUDGET_REMAINING
  ) {
    return 'at-risk';
  }
  return 'healthy';
}

const SEVERITY: Record<SloHealth, number> = {
  healthy: 0,
  'no-data': 1,
  'at-risk': 2,
  breached: 3,
};

/**
 * The health of several SLOs together: the worst of them, where `breached` is worse than
 * `at-risk`, which is worse than `no-data`, which is worse than `healthy` (an SLO without data is
 * never a pass). No SLOs at all is `no-data`.
 *
 * @internal
 */
export function worstSloHealth(healths: Iterable<SloHealth>): SloHealth {
  let worst: SloHealth | undefined;
  for (const health of healths) {
    if (worst === undefined || SEVERITY[health] > SEVERITY[worst]) {
      worst = health;
    }
  }
  return worst ?? 'no-data';
}
