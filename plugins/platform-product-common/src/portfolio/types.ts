import type { AdoptionStage } from '../adoption/adoptionStage';
import type { DeprecationDebt } from '../deprecations/types';
import type { InvestmentMixRow } from '../roadmap/roadmapModel';
import type { BurnAlertState } from '../slos/burnRateAlerts';
import type { SloHealth } from '../slos/sloHealth';

/**
 * The columns the portfolio grid can be sorted by.
 *
 * @public
 */
export const PORTFOLIO_SORT_KEYS = [
  'title',
  'category',
  'owner',
  'adoption',
  'adoptionChange30',
  'adoptionChange90',
  'services',
  'nps',
  'reliability',
  'supportTickets',
  'deprecationDebt',
  'objectives',
  'capacity',
  'costPerService',
] as const;

/** @public */
export type PortfolioSortKey = (typeof PORTFOLIO_SORT_KEYS)[number];

/**
 * Where a figure of the portfolio came from: a snapshot the backend took on the day (`live`), or
 * a figure imported from an earlier record (`imported`).
 *
 * @public
 */
export type SnapshotSource = 'live' | 'imported';

/**
 * Adoption among a set of teams as counts, without the team lists.
 *
 * @public
 */
export interface AdoptionCounts {
  adopting: number;
  audience: number;
  /** adopting / audience, or `null` when the audience is empty. */
  ratio: number | null;
  stage: AdoptionStage | null;
}

/**
 * What the backend records of one platform each day for the portfolio, so that any past day can
 * be rebuilt: every figure of its row, the adoption of every org (rolled up the group hierarchy)
 * and which audience teams adopted.
 *
 * @public
 */
export interface PortfolioSnapshot {
  platformRef: string;
  /** YYYY-MM-DD, UTC */
  day: string;
  source: SnapshotSource;
  adoption: { adopting: number; audience: number };
  services: { adopting: number; total: number } | null;
  nps: PortfolioNps | null;
  reliability: PortfolioReliability | null;
  supportTicketsPer100Users: number | null;
  costPerService: number | null;
  deprecationDebt: DeprecationDebt | null;
  objectives: PortfolioObjectives | null;
  capacityUnlockedHoursPerMonth: number | null;
  /** Now items of the roadmap by category, and the declared mix (percent) if any. */
  investment: {
    nowItems: Partial<Record<string, number>>;
    intended: Partial<Record<string, number>> | null;
  } | null;
  /** Org ref → [adopting teams, audience teams] among the audience teams under that org. */
  orgs: Record<string, [number, number]>;
  /** The audience teams that adopted and those that did not; absent for an imported figure. */
  teams: { adopting: string[]; nonAdopting: string[] } | null;
}

/**
 * The NPS of the latest closed survey round.
 *
 * @public
 */
export interface PortfolioNps {
  value: number | null;
  responses: number;
  /** The 95 % margin of error in NPS points, or `null` without responses. */
  marginOfError: number | null;
  /** The day the round closed (YYYY-MM-DD). */
  closedOn: string;
}

/**
 * A platform's reliability: its worst SLO (by health, then budget left) and whether a burn-rate
 * alert fires.
 *
 * @public
 */
export interface PortfolioReliability {
  health: SloHealth;
  slos: number;
  worst: {
    name: string;
    displayName: string;
    target: number;
    attainment: number | null;
    budgetRemaining: number | null;
  } | null;
  /** The most severe burn-rate alert state over its SLOs (`page` before `ticket` before `ok`). */
  alertState: BurnAlertState;
}

/**
 * A platform's objectives: how many key results, the mean progress of those with data (clamped to
 * [0, 1]) and how many are on track (reached, or measured and not regressed).
 *
 * @public
 */
export interface PortfolioObjectives {
  objectives: number;
  keyResults: number;
  measured: number;
  meanProgress: number | null;
  onTrack: number;
}

/**
 * One platform's row of the portfolio grid, as of a day.
 *
 * @public
 */
export interface PortfolioRow {
  platformRef: string;
  title: string;
  category: string;
  ownerRefs: string[];
  /** The day of the snapshot the row is built from (the latest on or before as-of), or `null`. */
  snapshotDay: string | null;
  source: SnapshotSource | null;
  /** Among all the platform's audience teams, or the filtered org's when an org filter is set. */
  adoption: AdoptionCounts & {
    /** Change of the ratio against 30 and 90 days before as-of, in ratio units (0.05 = 5 points). */
    change30: number | null;
    change90: number | null;
    /** Up to 90 days before as-of, oldest first. */
    sparkline: Array<{
      day: string;
      ratio: number | null;
      source: SnapshotSource;
    }>;
  };
  services: { adopting: number; total: number } | null;
  nps: PortfolioNps | null;
  reliability: PortfolioReliability | null;
  supportTicketsPer100Users: number | null;
  deprecationDebt: DeprecationDebt | null;
  objectives: PortfolioObjectives | null;
  capacityUnlockedHoursPerMonth: number | null;
  costPerService: number | null;
}

/**
 * The totals across the rows on screen.
 *
 * @public
 */
export interface PortfolioTotals {
  platforms: number;
  /** Audience teams of any platform on screen that adopt at least one of them. */
  teams: AdoptionCounts;
  capacityUnlockedHoursPerMonth: number | null;
  /** Now items by category across the platforms, against the mean of their declared mixes. */
  investmentMix: InvestmentMixRow[];
}

/**
 * One cell of the heat map: the adoption of a group's audience teams for a platform, or `null`
 * when the snapshot has no figure for that group.
 *
 * @public
 */
export interface PortfolioHeatCell extends AdoptionCounts {
  snapshotDay: string;
}

/**
 * One row of the heat map: an org (rolled up over its sub-orgs) or a team.
 *
 * @public
 */
export interface PortfolioHeatRow {
  groupRef: string;
  title: string;
  /** The group's `spec.type`. */
  type: string;
  parentRef: string | null;
  /** Sub-orgs and teams below it that the heat map can expand into. */
  children: number;
  /** Platform ref → cell, for the platforms of the grid. */
  cells: Record<string, PortfolioHeatCell | null>;
}

/**
 * The portfolio, as `GET /portfolio` returns it: the grid, the totals and the heat map of one
 * view (filters, sort, as-of), in one answer.
 *
 * @public
 */
export interface Portfolio {
  /** The day the view is as of (YYYY-MM-DD, UTC). */
  asOf: string;
  /** The first day with a snapshot, or `null` before the first. */
  earliestDay: string | null;
  query: PortfolioQuery;
  rows: PortfolioRow[];
  totals: PortfolioTotals;
  heatMap: {
    /** The platform refs of the columns, in the grid's order. */
    platforms: string[];
    /** The orgs, parents before children; under an org filter, that org and its sub-orgs. */
    rows: PortfolioHeatRow[];
  };
  /** Categories, owners and orgs to filter by. */
  facets: {
    categories: string[];
    owners: Array<{ ref: string; title: string }>;
    orgs: Array<{ ref: string; title: string }>;
  };
  computedAt: string;
}

/**
 * The view of the portfolio: every setting the page keeps in its URL.
 *
 * @public
 */
export interface PortfolioQuery {
  /** YYYY-MM-DD; default today. */
  asOf?: string;
  category?: string[];
  owner?: string[];
  /** An org's ref: adoption among its teams, its subtree in the heat map. */
  org?: string;
  sort?: PortfolioSortKey;
  order?: 'asc' | 'desc';
}

/**
 * A page of the teams behind a heat map cell.
 *
 * @public
 */
export interface PortfolioCellTeams {
  platformRef: string;
  groupRef: string;
  asOf: string;
  snapshotDay: string | null;
  status: 'adopting' | 'non-adopting';
  total: number;
  offset: number;
  limit: number;
  items: Array<{
    teamRef: string;
    title: string;
    parentRef: string | null;
    /** The team's members (users), sorted, at most 10. */
    memberRefs: string[];
    memberCount: number;
  }>;
}

/**
 * The portfolio's trends: adoption of every platform over time, NPS by round and the movers.
 *
 * @public
 */
export interface PortfolioTrends {
  from: string;
  to: string;
  adoption: Array<{
    platformRef: string;
    title: string;
    points: Array<{
      day: string;
      ratio: number | null;
      source: SnapshotSource;
    }>;
  }>;
  nps: Array<{
    platformRef: string;
    title: string;
    rounds: Array<{ day: string; value: number | null }>;
  }>;
  /** The biggest rises and falls of adoption between `from` and `to`, in ratio units. */
  movers: {
    rises: PortfolioMover[];
    falls: PortfolioMover[];
  };
}

/** @public */
export interface PortfolioMover {
  platformRef: string;
  title: string;
  from: number;
  to: number;
  change: number;
}

/**
 * One past figure of a platform's adoption, to import; optionally one org's.
 *
 * @public
 */
export interface AdoptionHistoryPoint {
  day: string;
  adoptingTeams: number;
  audienceTeams: number;
  /** When set, the figure is that org's teams'; without it, the whole audience's. */
  orgRef?: string;
}

/**
 * What an import of adoption history stored.
 *
 * @public
 */
export interface AdoptionHistoryImportResult {
  platformRef: string;
  /** Days whose whole-audience figure was stored (a day with a live snapshot keeps it). */
  stored: number;
  /** Days skipped because a live snapshot of that day exists. */
  skippedLive: number;
  /** Org figures stored. */
  orgFigures: number;
}
