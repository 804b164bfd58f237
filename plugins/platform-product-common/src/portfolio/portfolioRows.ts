import { adoptionRatio, adoptionStage } from '../adoption/adoptionStage';
import type {
  AdoptionCounts,
  PortfolioRow,
  PortfolioSnapshot,
  PortfolioSortKey,
  SnapshotSource,
} from './types';

/**
 * Adoption counts with their ratio and stage.
 *
 * @public
 */
export function adoptionCounts(
  adopting: number,
  audience: number,
): AdoptionCounts {
  const ratio = adoptionRatio(adopting, audience);
  return {
    adopting,
    audience,
    ratio,
    stage: ratio === null ? null : adoptionStage(ratio),
  };
}

/**
 * The adoption a snapshot records: the whole audience's, or one org's when `orgRef` is given
 * (`null` when the snapshot has no figure for that org).
 *
 * @public
 */
export function snapshotAdoption(
  snapshot: Pick<PortfolioSnapshot, 'adoption' | 'orgs'>,
  orgRef?: string,
): AdoptionCounts | null {
  if (orgRef === undefined) {
    return adoptionCounts(
      snapshot.adoption.adopting,
      snapshot.adoption.audience,
    );
  }
  const org = snapshot.orgs[orgRef];
  return org ? adoptionCounts(org[0], org[1]) : null;
}

/**
 * One platform's row of the grid, from the snapshot of its as-of day and the adoption history
 * before it.
 *
 * @param options - with:
 *   - `snapshot`: the latest snapshot on or before as-of, or `null` when there is none
 *   - `orgRef`: under an org filter, adoption is that org's teams'
 *   - `history`: adoption ratios up to as-of (oldest first), for the changes and the
 *   sparkline; the figure 30 (90) days back is the latest on or before that day
 *   - `asOf`: the view's day
 * @public
 */
export function portfolioRow(options: {
  platform: {
    platformRef: string;
    title: string;
    category: string;
    ownerRefs: string[];
  };
  snapshot: PortfolioSnapshot | null;
  orgRef?: string;
  history: ReadonlyArray<{
    day: string;
    ratio: number | null;
    source: SnapshotSource;
  }>;
  daysBefore: (days: number) => string;
}): PortfolioRow {
  const { snapshot, history, daysBefore } = options;
  const adoption = snapshot ? snapshotAdoption(snapshot, options.orgRef) : null;
  const ratioOn = (day: string): number | null => {
    let found: number | null = null;
    for (const point of history) {
      if (point.day > day) {
        break;
      }
      found = point.ratio;
    }
    return found;
  };
  const change = (days: number): number | null => {
    const before = ratioOn(daysBefore(days));
    return adoption?.ratio === null ||
      adoption?.ratio === undefined ||
      before === null
      ? null
      : adoption.ratio - before;
  };
  const sparkFrom = daysBefore(90);
  return {
    ...options.platform,
    snapshotDay: snapshot?.day ?? null,
    source: snapshot?.source ?? null,
    adoption: {
      ...(adoption ?? { adopting: 0, audience: 0, ratio: null, stage: null }),
      change30: change(30),
      change90: change(90),
      sparkline: history.filter(point => point.day >= sparkFrom),
    },
    services: snapshot?.services ?? null,
    nps: snapshot?.nps ?? null,
    reliability: snapshot?.reliability ?? null,
    supportTicketsPer100Users: snapshot?.supportTicketsPer100Users ?? null,
    deprecationDebt: snapshot?.deprecationDebt ?? null,
    objectives: snapshot?.objectives ?? null,
    capacityUnlockedHoursPerMonth:
      snapshot?.capacityUnlockedHoursPerMonth ?? null,
    costPerService: snapshot?.costPerService ?? null,
  };
}

/** The value a row is sorted by; `null` and text values as documented on {@link sortPortfolioRows}. */
function sortValue(
  row: PortfolioRow,
  key: PortfolioSortKey,
): number | string | null {
  switch (key) {
    case 'title':
      return row.title.toLowerCase();
    case 'category':
      return row.category.toLowerCase();
    case 'owner':
      return row.ownerRefs[0] ?? null;
    case 'adoption':
      return row.adoption.ratio;
    case 'adoptionChange30':
      return row.adoption.change30;
    case 'adoptionChange90':
      return row.adoption.change90;
    case 'services':
      return row.services?.adopting ?? null;
    case 'nps':
      return row.nps?.value ?? null;
    case 'reliability':
      return row.reliability?.worst?.attainment ?? null;
    case 'supportTickets':
      return row.supportTicketsPer100Users;
    case 'deprecationDebt':
      return row.deprecationDebt?.consumers ?? null;
    case 'objectives':
      return row.objectives?.meanProgress ?? null;
    case 'capacity':
      return row.capacityUnlockedHoursPerMonth;
    case 'costPerService':
      return row.costPerService;
    default:
      return null;
  }
}

/**
 * The rows sorted by a column: numbers numerically, text alphabetically, ties by title then ref.
 * Rows without a value ("no data") come last in either order, so that sorting by NPS, say, never
 * puts the platforms without an NPS at the top.
 *
 * @public
 */
export function sortPortfolioRows(
  rows: readonly PortfolioRow[],
  key: PortfolioSortKey = 'title',
  order: 'asc' | 'desc' = 'asc',
): PortfolioRow[] {
  const direction = order === 'desc' ? -1 : 1;
  const tieBreak = (a: PortfolioRow, b: PortfolioRow) =>
    a.title.localeCompare(b.title) ||
    a.platformRef.localeCompare(b.platformRef);
  return [...rows].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null && vb === null) {
      return tieBreak(a, b);
    }
    if (va === null || vb === null) {
      return va === null ? 1 : -1;
    }
    const compared =
      typeof va === 'number' && typeof vb === 'number'
        ? va - vb
        : String(va).localeCompare(String(vb));
    return compared === 0 ? tieBreak(a, b) : compared * direction;
  });
}
