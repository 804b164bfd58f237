import { toCsv } from '../core/csv';
import type { Portfolio } from './types';

/**
 * The columns of {@link portfolioCsv}, in order.
 *
 * @public
 */
export const PORTFOLIO_CSV_COLUMNS = [
  'as_of',
  'platform',
  'title',
  'category',
  'owners',
  'snapshot_day',
  'source',
  'adopting_teams',
  'audience_teams',
  'adoption',
  'adoption_stage',
  'adoption_change_30d',
  'adoption_change_90d',
  'services_adopting',
  'services_total',
  'nps',
  'nps_responses',
  'nps_margin_of_error',
  'nps_closed_on',
  'slo_health',
  'worst_slo',
  'worst_slo_attainment',
  'worst_slo_budget_remaining',
  'burn_alert',
  'support_tickets_per_100_users',
  'deprecation_consumers',
  'deprecation_violations',
  'key_results',
  'key_results_on_track',
  'key_results_mean_progress',
  'capacity_unlocked_hours_per_month',
  'cost_per_service',
] as const;

/**
 * The grid of a portfolio view as CSV: a header, then one line per row in the view's order (so
 * the filters and the sort of the view are those of the file), each starting with the view's
 * as-of day. Ratios are fractions (0.42); an empty cell is "no data"; text is guarded against
 * formula injection (see {@link csvCell}).
 *
 * @public
 */
export function portfolioCsv(portfolio: Portfolio): string {
  const rows = portfolio.rows.map(row => [
    portfolio.asOf,
    row.platformRef,
    row.title,
    row.category,
    row.ownerRefs.join(' '),
    row.snapshotDay,
    row.source,
    row.snapshotDay === null ? null : row.adoption.adopting,
    row.snapshotDay === null ? null : row.adoption.audience,
    row.adoption.ratio,
    row.adoption.stage,
    row.adoption.change30,
    row.adoption.change90,
    row.services?.adopting ?? null,
    row.services?.total ?? null,
    row.nps?.value ?? null,
    row.nps?.responses ?? null,
    row.nps?.marginOfError ?? null,
    row.nps?.closedOn ?? null,
    row.reliability?.health ?? null,
    row.reliability?.worst?.name ?? null,
    row.reliability?.worst?.attainment ?? null,
    row.reliability?.worst?.budgetRemaining ?? null,
    row.reliability?.alertState ?? null,
    row.supportTicketsPer100Users,
    row.deprecationDebt?.consumers ?? null,
    row.deprecationDebt?.violations ?? null,
    row.objectives?.keyResults ?? null,
    row.objectives?.onTrack ?? null,
    row.objectives?.meanProgress ?? null,
    row.capacityUnlockedHoursPerMonth,
    row.costPerService,
  ]);
  return toCsv([[...PORTFOLIO_CSV_COLUMNS], ...rows]);
}
