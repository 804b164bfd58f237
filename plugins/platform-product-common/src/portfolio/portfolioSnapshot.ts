import { capacityUnlocked } from '../adoption/capacity';
import type { PlatformAdoption } from '../adoption/types';
import type { SloStatus } from '../api/types';
import type { DeprecationDebt } from '../deprecations/types';
import type { Objective } from '../objectives/types';
import type { BurnAlertState } from '../slos/burnRateAlerts';
import { worstSlo, worstSloHealth } from '../slos/sloHealth';
import type {
  PortfolioNps,
  PortfolioObjectives,
  PortfolioReliability,
  PortfolioSnapshot,
} from './types';

const ALERT_SEVERITY: Record<BurnAlertState, number> = {
  'no-data': 0,
  ok: 1,
  ticket: 2,
  page: 3,
};

/**
 * A platform's reliability from the live status of its SLOs: the worst SLO (by health, then
 * budget left, then name — the rule of the service-page card) and the most severe burn-rate alert.
 * `null` for a platform that declares no SLO.
 *
 * @public
 */
export function summarizeReliability(
  statuses: readonly SloStatus[],
): PortfolioReliability | null {
  if (statuses.length === 0) {
    return null;
  }
  const worst = worstSlo(
    statuses.map(status => ({
      name: status.name,
      displayName: status.displayName,
      target: status.target,
      attainment: status.attainment,
      budgetRemaining: status.budget?.remaining ?? null,
      health: status.health,
    })),
  );
  let alertState: BurnAlertState = 'no-data';
  for (const status of statuses) {
    if (ALERT_SEVERITY[status.alertState] > ALERT_SEVERITY[alertState]) {
      alertState = status.alertState;
    }
  }
  return {
    health: worstSloHealth(statuses.map(status => status.health)),
    slos: statuses.length,
    worst: worst
      ? {
          name: worst.name,
          displayName: worst.displayName,
          target: worst.target,
          attainment: worst.attainment,
          budgetRemaining: worst.budgetRemaining,
        }
      : null,
    alertState,
  };
}

/**
 * A platform's objectives in three figures: key results, the mean clamped progress of those with
 * data, and how many are on track — reached, or measured and not regressed past their baseline.
 * `null` for a platform without objectives.
 *
 * @public
 */
export function summarizeObjectives(
  objectives: readonly Pick<Objective, 'keyResults'>[],
): PortfolioObjectives | null {
  if (objectives.length === 0) {
    return null;
  }
  const keyResults = objectives.flatMap(objective => objective.keyResults);
  const measured = keyResults.flatMap(kr =>
    kr.progress.state === 'measured' ? [kr.progress] : [],
  );
  return {
    objectives: objectives.length,
    keyResults: keyResults.length,
    measured: measured.length,
    meanProgress:
      measured.length === 0
        ? null
        : measured.reduce((sum, p) => sum + p.progressClamped, 0) /
          measured.length,
    onTrack: measured.filter(p => p.reached || !p.regressed).length,
  };
}

/**
 * What the portfolio records of a platform for a day, from the figures the features computed:
 * every column of its row, the adoption of every org (the graph's recursive roll-up) and the
 * audience teams that did and did not adopt.
 *
 * @public
 */
export function buildPortfolioSnapshot(options: {
  platformRef: string;
  day: string;
  adoption: PlatformAdoption;
  sloStatuses: readonly SloStatus[];
  supportTicketsPer100Users: number | null;
  costPerService: number | null;
  nps: PortfolioNps | null;
  deprecationDebt: DeprecationDebt | null;
  objectives: readonly Pick<Objective, 'keyResults'>[];
  hoursSavedPerTeamPerMonth: number | undefined;
  investment: PortfolioSnapshot['investment'];
}): PortfolioSnapshot {
  const { adoption } = options;
  return {
    platformRef: options.platformRef,
    day: options.day,
    source: 'live',
    adoption: {
      adopting: adoption.teams.adopting,
      audience: adoption.teams.audience,
    },
    services: {
      adopting: adoption.services.adopting,
      total: adoption.services.total,
    },
    nps: options.nps,
    reliability: summarizeReliability(options.sloStatuses),
    supportTicketsPer100Users: options.supportTicketsPer100Users,
    costPerService: options.costPerService,
    deprecationDebt: options.deprecationDebt,
    objectives: summarizeObjectives(options.objectives),
    capacityUnlockedHoursPerMonth: capacityUnlocked({
      hoursSavedPerTeamPerMonth: options.hoursSavedPerTeamPerMonth,
      adoptingTeams: adoption.teams.adopting,
    }),
    investment: options.investment,
    orgs: Object.fromEntries(
      adoption.byOrg.map(org => [
        org.orgRef,
        [org.teams.adopting, org.teams.audience] as [number, number],
      ]),
    ),
    teams: {
      adopting: adoption.teams.adoptingRefs,
      nonAdopting: adoption.teams.nonAdoptingRefs,
    },
  };
}
