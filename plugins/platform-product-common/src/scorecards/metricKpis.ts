import { assertNonNegative } from '../core/assertions';
import { median } from '../core/median';
import { sloAttainment } from '../slos/errorBudget';
import { SCORECARD_KPIS, ScorecardKpiId } from './scorecard';

/**
 * The KPIs measured from metric points, which can be recomputed for any past day. Adoption (from
 * the catalog graph of the day) and NPS (from survey answers) are not among them.
 *
 * @public
 */
export type MetricKpiId = Exclude<ScorecardKpiId, 'adoption' | 'nps'>;

/**
 * The ids of the {@link MetricKpiId | metric-based KPIs}, in scorecard order.
 *
 * @public
 */
export const METRIC_KPI_IDS: readonly MetricKpiId[] = SCORECARD_KPIS.map(
  kpi => kpi.id,
).filter((id): id is MetricKpiId => id !== 'adoption' && id !== 'nps');

/**
 * How many days before the moment each metric KPI reads: 90 for time to first deployment (teams
 * onboard rarely), 30 for the rest.
 *
 * @public
 */
export const METRIC_KPI_WINDOW_DAYS: Readonly<Record<MetricKpiId, number>> = {
  availability: 30,
  timeToFirstDeployment: 90,
  deploymentFrequency: 30,
  changeFailureRate: 30,
  mttr: 30,
  supportTickets: 30,
  cost: 30,
};

/**
 * The sum and the number of the points of one metric over a window.
 *
 * @public
 */
export interface MetricAggregate {
  sum: number;
  count: number;
}

/**
 * What the metric KPIs are computed from: sums, counts and values read from the metric points of
 * the window each KPI reads ({@link METRIC_KPI_WINDOW_DAYS}), on the platform or on its consumer
 * services (the Components among its consumers).
 *
 * @public
 */
export interface MetricKpiInputs {
  /**
   * Good and total events of the platform's first ratio SLO over the window; `null` when it has no
   * ratio SLO.
   */
  availability: { good: number; total: number } | null;
  /** The `time_to_first_deployment_hours` values on the platform. */
  timeToFirstDeploymentHours: readonly number[];
  /**
   * For each consumer service with `deployments` points in the window, the sum of its points; a
   * service without points is left out.
   */
  deploymentsByService: readonly number[];
  /** The `change_failures` of the consumer services, summed. */
  changeFailures: number;
  /** The `time_to_recover_minutes` values on the platform. */
  timeToRecoverMinutes: readonly number[];
  /** The sum of the `support_tickets` points on the platform; `null` without points. */
  supportTickets: number | null;
  /** The `active_users` points on the platform; `null` without points. */
  activeUsers: MetricAggregate | null;
  /** The sum of the `cost` points on the platform; `null` without points. */
  cost: number | null;
  /** How many consumer services the platform has, with points or not. */
  consumerServices: number;
}

/**
 * The scorecard KPIs measured from metric points (see docs/definitions.md):
 *
 * - availability: good / total events of the first ratio SLO (`sloAttainment`);
 * - time to first deployment: the median of the values, in hours;
 * - deployment frequency: deployments a day of the median consumer service, each service's sum
 *   over the 30 days divided by 30;
 * - change failure rate: change failures / deployments of the consumer services, at most 1 (more
 *   failures than deployments is a pushing mistake);
 * - MTTR: the median of the recovery times, in minutes;
 * - support tickets: tickets / the mean of the active users × 100;
 * - cost: the platform's cost / its consumer services.
 *
 * A KPI whose inputs are missing or whose denominator is 0 is `null` (no data), never 0; so is a KPI
 * whose sums are not finite (points stored before values were bounded can overflow a sum).
 *
 * @param inputs - the sums, counts and values of the window
 * @returns a value for every metric KPI, `null` without data
 * @throws RangeError for a negative count, which ingest never stores
 * @public
 */
export function computeMetricKpis(
  inputs: MetricKpiInputs,
): Record<MetricKpiId, number | null> {
  const { deploymentsByService, changeFailures, consumerServices } = inputs;
  checkCount(changeFailures, 'changeFailures');
  deploymentsByService.forEach(sum => checkCount(sum, 'deploymentsByService'));
  checkCount(inputs.supportTickets ?? 0, 'supportTickets');
  checkCount(inputs.cost ?? 0, 'cost');
  const deployed = deploymentsByService.reduce((sum, value) => sum + value, 0);
  const users = inputs.activeUsers;
  const meanUsers = users && users.count > 0 ? users.sum / users.count : null;
  return {
    availability: finiteOrNull(
      inputs.availability && sloAttainment(inputs.availability),
    ),
    timeToFirstDeployment: finiteOrNull(
      median(inputs.timeToFirstDeploymentHours),
    ),
    deploymentFrequency: finiteOrNull(
      median(
        deploymentsByService.map(
          sum => sum / METRIC_KPI_WINDOW_DAYS.deploymentFrequency,
        ),
      ),
    ),
    changeFailureRate:
      deployed > 0 && Number.isFinite(deployed)
        ? finiteOrNull(Math.min(1, changeFailures / deployed))
        : null,
    mttr: finiteOrNull(median(inputs.timeToRecoverMinutes)),
    supportTickets:
      inputs.supportTickets !== null && meanUsers && Number.isFinite(meanUsers)
        ? finiteOrNull((inputs.supportTickets / meanUsers) * 100)
        : null,
    cost:
      inputs.cost !== null && consumerServices > 0
        ? finiteOrNull(inputs.cost / consumerServices)
        : null,
  };
}

/** A count is zero or more; a sum that overflowed to Infinity is no data, not a mistake. */
function checkCount(value: number, name: string): void {
  if (value !== Infinity) {
    assertNonNegative(value, name);
  }
}

function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}
