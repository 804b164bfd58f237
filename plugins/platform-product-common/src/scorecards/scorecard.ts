import type { PlatformTargets } from '../catalog/types';
import { describeValue } from '../core/describeValue';

/**
 * The KPIs of a platform scorecard.
 *
 * @public
 */
export type ScorecardKpiId =
  | 'adoption'
  | 'nps'
  | 'availability'
  | 'timeToFirstDeployment'
  | 'deploymentFrequency'
  | 'changeFailureRate'
  | 'mttr'
  | 'supportTickets'
  | 'cost';

/**
 * The unit of a KPI's values and target. `fraction` is in [0, 1] (shown as a percentage), `score`
 * is an NPS from −100 to 100, and the rest are zero or more.
 *
 * @public
 */
export type ScorecardKpiUnit =
  | 'fraction'
  | 'score'
  | 'hours'
  | 'minutes'
  | 'per-day'
  | 'per-100-users-per-month'
  | 'per-service-per-month';

/**
 * One KPI of the scorecard: what it measures and which way is better.
 *
 * @public
 */
export interface ScorecardKpi {
  id: ScorecardKpiId;
  title: string;
  unit: ScorecardKpiUnit;
  /** `at-least`: higher is better and the target is a floor; `at-most`: the target is a ceiling. */
  direction: 'at-least' | 'at-most';
  description: string;
}

/**
 * The scorecard's KPIs, in display order.
 *
 * @public
 */
export const SCORECARD_KPIS: readonly ScorecardKpi[] = [
  {
    id: 'adoption',
    title: 'Adoption',
    unit: 'fraction',
    direction: 'at-least',
    description: 'Share of the audience teams that own at least one consumer.',
  },
  {
    id: 'nps',
    title: 'Net promoter score',
    unit: 'score',
    direction: 'at-least',
    description:
      'Percentage of promoters (9–10) minus percentage of detractors (0–6) in the latest survey round.',
  },
  {
    id: 'availability',
    title: 'Availability',
    unit: 'fraction',
    direction: 'at-least',
    description: 'Share of good events over the SLO window.',
  },
  {
    id: 'timeToFirstDeployment',
    title: 'Time to first deployment',
    unit: 'hours',
    direction: 'at-most',
    description:
      'Hours from a new service being registered to its first production deployment.',
  },
  {
    id: 'deploymentFrequency',
    title: 'Deployment frequency',
    unit: 'per-day',
    direction: 'at-least',
    description: 'Production deployments a day of the median consumer.',
  },
  {
    id: 'changeFailureRate',
    title: 'Change failure rate',
    unit: 'fraction',
    direction: 'at-most',
    description: 'Share of deployments that cause a failure in production.',
  },
  {
    id: 'mttr',
    title: 'Mean time to restore',
    unit: 'minutes',
    direction: 'at-most',
    description: 'Minutes from an incident starting to service being restored.',
  },
  {
    id: 'supportTickets',
    title: 'Support tickets',
    unit: 'per-100-users-per-month',
    direction: 'at-most',
    description: 'Support tickets a month for every 100 users of the platform.',
  },
  {
    id: 'cost',
    title: 'Cost per service',
    unit: 'per-service-per-month',
    direction: 'at-most',
    description:
      'What the platform costs a month for each service that uses it.',
  },
];

/**
 * A target for every KPI, in the KPI's unit.
 *
 * @public
 */
export type ScorecardTargets = Record<ScorecardKpiId, number>;

/**
 * The targets a platform gets unless it declares its own in `spec.platform.targets`.
 *
 * @public
 */
export const DEFAULT_SCORECARD_TARGETS: Readonly<ScorecardTargets> = {
  adoption: 0.7,
  nps: 30,
  availability: 0.995,
  timeToFirstDeployment: 24,
  deploymentFrequency: 5,
  changeFailureRate: 0.02,
  mttr: 30,
  supportTickets: 10,
  cost: 500,
};

/**
 * The targets of a platform: its declared `spec.platform.targets` over
 * {@link DEFAULT_SCORECARD_TARGETS}.
 *
 * @param targets - the platform's declared targets, if any
 * @public
 */
export function resolveScorecardTargets(
  targets?: PlatformTargets,
): ScorecardTargets {
  const d = DEFAULT_SCORECARD_TARGETS;
  return {
    adoption: targets?.adoption ?? d.adoption,
    nps: targets?.nps ?? d.nps,
    availability: targets?.availability ?? d.availability,
    timeToFirstDeployment:
      targets?.timeToFirstDeploymentHours ?? d.timeToFirstDeployment,
    deploymentFrequency: targets?.deploymentsPerDay ?? d.deploymentFrequency,
    changeFailureRate: targets?.changeFailureRate ?? d.changeFailureRate,
    mttr: targets?.mttrMinutes ?? d.mttr,
    supportTickets: targets?.ticketsPer100UsersPerMonth ?? d.supportTickets,
    cost: targets?.costPerServicePerMonth ?? d.cost,
  };
}

/**
 * How a KPI stands against its target. `at-risk` misses the target by no more than 10 % of it (for
 * availability, 10 % of the allowed unavailability; for NPS, 10 points). `no-data` is never a pass.
 *
 * @public
 */
export type KpiStatus = 'met' | 'at-risk' | 'missed' | 'no-data';

const AT_RISK_SHARE = 0.1;
const NPS_AT_RISK_POINTS = 10;

/**
 * Grades one KPI value against its target.
 *
 * - no value (`null`, `undefined`, `NaN`, or an infinite value, such as a sum that overflowed):
 *   `no-data`, never graded
 * - met: at or above the target (`at-least` KPIs), at or below it (`at-most` KPIs)
 * - at risk, `at-least`: value ≥ 0.9 × target; `at-most`: value ≤ 1.1 × target; availability:
 *   1 − value ≤ 1.1 × (1 − target); NPS: value ≥ target − 10
 * - otherwise missed
 *
 * @param options - with:
 *   - `kpi`: the KPI
 *   - `value`: the measured value in the KPI's unit
 *   - `target`: the target in the KPI's unit
 * @public
 */
export function gradeKpi(options: {
  kpi: ScorecardKpiId;
  value: number | null | undefined;
  target: number;
}): KpiStatus {
  const { kpi, value, target } = options;
  const definition = kpiDefinition(kpi);
  assertInUnit(definition, target, 'target');
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return 'no-data';
  }
  assertInUnit(definition, value, 'value');
  const atLeast = definition.direction === 'at-least';
  if (atLeast ? value >= target : value <= target) {
    return 'met';
  }
  let atRisk: boolean;
  if (kpi === 'availability') {
    atRisk = 1 - value <= (1 - target) * (1 + AT_RISK_SHARE);
  } else if (kpi === 'nps') {
    atRisk = value >= target - NPS_AT_RISK_POINTS;
  } else if (atLeast) {
    atRisk = value >= target * (1 - AT_RISK_SHARE);
  } else {
    atRisk = value <= target * (1 + AT_RISK_SHARE);
  }
  return atRisk ? 'at-risk' : 'missed';
}

/**
 * One graded KPI of a scorecard.
 *
 * @public
 */
export interface ScorecardGrade {
  kpi: ScorecardKpiId;
  /** The measured value, or `null` when there is none. */
  value: number | null;
  target: number;
  status: KpiStatus;
}

/**
 * Grades every KPI of {@link SCORECARD_KPIS}, in that order. A KPI without a finite value has the
 * value `null` and is `no-data`.
 *
 * @param options - with:
 *   - `values`: measured values by KPI; missing ones have no data
 *   - `targets`: the targets, usually from {@link resolveScorecardTargets}
 * @public
 */
export function gradeScorecard(options: {
  values: Partial<Record<ScorecardKpiId, number | null>>;
  targets: ScorecardTargets;
}): ScorecardGrade[] {
  return SCORECARD_KPIS.map(({ id }) => {
    const raw = options.values[id];
    const value =
      raw === undefined || raw === null || !Number.isFinite(raw) ? null : raw;
    const target = options.targets[id];
    return {
      kpi: id,
      value,
      target,
      status: gradeKpi({ kpi: id, value, target }),
    };
  });
}

function kpiDefinition(kpi: ScorecardKpiId): ScorecardKpi {
  const definition = SCORECARD_KPIS.find(k => k.id === kpi);
  if (!definition) {
    throw new RangeError(
      `unknown KPI ${describeValue(kpi)}; use one of ${SCORECARD_KPIS.map(
        k => k.id,
      ).join(', ')}`,
    );
  }
  return definition;
}

function assertInUnit(
  kpi: ScorecardKpi,
  value: number,
  what: 'value' | 'target',
): void {
  if (kpi.unit === 'fraction') {
    if (!(value >= 0 && value <= 1)) {
      throw new RangeError(
        `${kpi.id} ${what} must be a fraction in [0, 1] — got ${value}; write 99.5 % as 0.995`,
      );
    }
  } else if (kpi.unit === 'score') {
    if (!(value >= -100 && value <= 100)) {
      throw new RangeError(
        `${kpi.id} ${what} must be an NPS from -100 to 100 — got ${value}`,
      );
    }
  } else if (!(value >= 0)) {
    throw new RangeError(
      `${kpi.id} ${what} must be zero or more (${kpi.unit}) — got ${value}`,
    );
  }
}
