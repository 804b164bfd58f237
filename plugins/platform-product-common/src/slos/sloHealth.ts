import type { BurnAlertState } from './burnRateAlerts';
import type { ErrorBudget } from './errorBudget';

/**
 * The health of an SLO or of a platform's SLOs taken together (the worst of them):
 * `breached` when the error budget is spent, `at-risk` when a burn-rate alert fires or less than a
 * quarter of the budget is left, `no-data` when no event was recorded in the window.
 *
 * @public
 */
export type SloHealth = 'healthy' | 'at-risk' | 'breached' | 'no-data';

/**
 * Below this share of budget left, an SLO is at risk.
 *
 * @public
 */
export const AT_RISK_BUDGET_REMAINING = 0.25;

/**
 * 1 − target is not exact in binary (1 − 0.999 is a hair over 0.001), so a budget spent exactly
 * leaves a remainder of about 1e-15 instead of 0. Remainders this small count as spent.
 */
const SPENT_TOLERANCE = 1e-9;

/**
 * The health of one SLO: `no-data` without events in the window, `breached` when the budget is
 * spent (remaining ≤ 0, within binary rounding), `at-risk` when a burn-rate alert fires or less
 * than a quarter of the budget is left ({@link AT_RISK_BUDGET_REMAINING}), `healthy` otherwise.
 *
 * @param budget - the SLO's error budget now, `null` without events in the window
 * @param alertState - the state of its burn-rate alerts (see `evaluateBurnAlerts`)
 *
 * @public
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
 * @param healths - the health of each SLO
 *
 * @public
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

/**
 * The worst of a list of SLOs, the one a summary names: the worst health (as in
 * {@link worstSloHealth}: breached, then at risk, then no data, then healthy); among SLOs of the same
 * health the one with the least budget left, an SLO without a budget counting as having least; then
 * the first by name. The service-page card and the platform summaries both use this rule.
 *
 * @param slos - SLO summaries with their health, budget left (a fraction, `null` without data) and
 *   name
 * @returns the worst SLO, or `undefined` for an empty list
 * @public
 */
export function worstSlo<
  T extends { health: SloHealth; budgetRemaining: number | null; name: string },
>(slos: readonly T[]): T | undefined {
  let worst: T | undefined;
  for (const slo of slos) {
    if (worst === undefined || isWorse(slo, worst)) {
      worst = slo;
    }
  }
  return worst;
}

function isWorse(
  a: { health: SloHealth; budgetRemaining: number | null; name: string },
  b: { health: SloHealth; budgetRemaining: number | null; name: string },
): boolean {
  if (SEVERITY[a.health] !== SEVERITY[b.health]) {
    return SEVERITY[a.health] > SEVERITY[b.health];
  }
  const budgetA = a.budgetRemaining ?? -Infinity;
  const budgetB = b.budgetRemaining ?? -Infinity;
  if (budgetA !== budgetB) {
    return budgetA < budgetB;
  }
  return a.name < b.name;
}
