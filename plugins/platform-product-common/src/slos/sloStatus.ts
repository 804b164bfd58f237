import type { PlatformSlo, SloObjective } from '../catalog/types';
import type { SloStatus } from '../api/types';
import { MULTI_WINDOW_BURN_RULES, evaluateBurnAlerts } from './burnRateAlerts';
import {
  availabilityBudget,
  ErrorBudget,
  errorBudgetOccurrences,
  errorBudgetTimeslices,
  isGoodSlice,
  sloAttainment,
} from './errorBudget';
import type { SloWindow } from './resolveSloWindow';
import { sloHealth } from './sloHealth';

/**
 * The windows the burn-rate rules read (5m, 1h, 30m, 6h, 3d), each once, in the order the SLO
 * status reads their counts.
 *
 * @public
 */
export const SLO_BURN_WINDOWS: readonly string[] = [
  ...new Set(
    MULTI_WINDOW_BURN_RULES.flatMap(rule => [
      rule.shortWindow,
      rule.longWindow,
    ]),
  ),
];

/**
 * Good and total events (or judged time slices) in one window.
 *
 * @public
 */
export interface SloCounts {
  good: number;
  total: number;
}

/**
 * Something judged good or bad at a time: an event, a threshold value or a time slice.
 *
 * @public
 */
export interface JudgedAt {
  at: number;
  good: boolean;
}

/**
 * What an SLI recorded: counts for the SLO window first, then for each of {@link SLO_BURN_WINDOWS},
 * and when its latest point was measured.
 *
 * @public
 */
export interface SloObservation {
  counts: SloCounts[];
  lastTs: number | null;
}

/**
 * Judges each slice that has data (isGoodSlice: good / total ≥ timeSliceTarget) and counts good and
 * judged slices per window. A slice belongs to a window when it starts at or after the start of the
 * slice the window starts in.
 *
 * @public
 */
export function countSlices(
  slices: ReadonlyMap<number, SloCounts>,
  sliceMs: number,
  starts: readonly number[],
  timeSliceTarget: number,
): SloCounts[] {
  const judged: JudgedAt[] = [];
  for (const [slice, counts] of slices) {
    if (counts.total > 0) {
      judged.push({
        at: slice * sliceMs,
        good: isGoodSlice({ ...counts, timeSliceTarget }),
      });
    }
  }
  return countGood(
    judged,
    starts.map(start => Math.floor(start / sliceMs) * sliceMs),
  );
}

/**
 * SloCounts, per window start, what was judged at or after it and how much of that was good.
 *
 * @public
 */
export function countGood(
  judged: readonly JudgedAt[],
  starts: readonly number[],
): SloCounts[] {
  return starts.map(start => {
    const inWindow = judged.filter(item => item.at >= start);
    return {
      good: inWindow.filter(item => item.good).length,
      total: inWindow.length,
    };
  });
}

/**
 * The status of one SLO from what its SLI recorded: attainment, error budget (Occurrences or
 * Timeslices), burn rates and alert state against the multi-window rules, health, and what the rest
 * of the window still allows (bad events, downtime). See docs/definitions.md.
 *
 * @public
 */
export function computeSloStatus(options: {
  slo: PlatformSlo;
  objective: SloObjective;
  window: SloWindow;
  sliceMs?: number;
  observation: SloObservation;
}): SloStatus {
  const { slo, objective, window, sliceMs, observation } = options;
  const { target } = objective;
  const [inWindow = { good: 0, total: 0 }, ...burnSloCounts] =
    observation.counts;
  let budget: ErrorBudget | null;
  if (sliceMs === undefined) {
    budget = errorBudgetOccurrences({ target, ...inWindow });
  } else {
    budget =
      inWindow.total === 0
        ? null
        : errorBudgetTimeslices({
            target,
            windowMs: window.lengthMs,
            sliceMs,
            // The slice the window starts in is counted whole; never count more slices than fit.
            badSlices: Math.min(
              inWindow.total - inWindow.good,
              window.lengthMs / sliceMs,
            ),
          });
  }
  const alerts = evaluateBurnAlerts({
    target,
    sloWindowMs: window.lengthMs,
    errorRates: Object.fromEntries(
      SLO_BURN_WINDOWS.map((duration, i) => {
        const counts = burnSloCounts[i];
        return [
          duration,
          counts && counts.total > 0
            ? (counts.total - counts.good) / counts.total
            : null,
        ];
      }),
    ),
  });
  const share = budget ? Math.max(0, budget.remaining) : 0;
  return {
    name: slo.name,
    displayName: slo.displayName ?? slo.name,
    ...(slo.description ? { description: slo.description } : {}),
    target,
    window: {
      duration: window.duration,
      isRolling: window.isRolling,
      from: new Date(window.from).toISOString(),
      to: new Date(window.to).toISOString(),
    },
    budgetingMethod: slo.budgetingMethod,
    attainment: sloAttainment(inWindow),
    budget: budget && {
      allowedBad: budget.allowedBad,
      bad: budget.bad,
      consumed: budget.consumed,
      remaining: budget.remaining,
    },
    health: sloHealth(budget, alerts.state),
    alertState: alerts.state,
    burnRates: alerts.rules.map(rule => ({
      severity: rule.rule.severity,
      longWindow: rule.rule.longWindow,
      shortWindow: rule.rule.shortWindow,
      threshold: rule.rule.burnRate,
      budgetSpent: rule.budgetSpent,
      longBurnRate: rule.longBurnRate,
      shortBurnRate: rule.shortBurnRate,
      firing: rule.firing,
    })),
    allowance: {
      badEventsRemaining:
        budget && sliceMs === undefined
          ? Math.max(0, budget.allowedBad - budget.bad)
          : null,
      downtimeRemainingMs: budget
        ? share * availabilityBudget({ target, windowMs: window.lengthMs })
        : null,
    },
    lastPointAt:
      observation.lastTs === null
        ? null
        : new Date(observation.lastTs).toISOString(),
  };
}
