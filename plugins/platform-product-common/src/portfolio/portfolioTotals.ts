import { investmentMixFromCounts } from '../roadmap/investmentMix';
import { ROADMAP_CATEGORIES, RoadmapCategory } from '../roadmap/roadmapModel';
import { adoptionCounts } from './portfolioRows';
import type {
  PortfolioMover,
  PortfolioRow,
  PortfolioSnapshot,
  PortfolioTotals,
  SnapshotSource,
} from './types';

/**
 * The totals of the rows on screen, from their snapshots.
 *
 * - Teams: the audience teams of any platform on screen (within `teamScope` under an org filter)
 *   and those of them that adopt at least one; a snapshot without team lists (an imported figure)
 *   adds nothing, since who adopted is not known.
 * - Capacity unlocked: the sum over the rows that declare a saving, `null` when none does.
 * - Investment mix: the Now items of every platform by category, against the mean of the mixes
 *   the platforms declare (a category a declared mix leaves out counts as 0 % in it).
 *
 * @public
 */
export function portfolioTotals(options: {
  rows: readonly PortfolioRow[];
  snapshots: ReadonlyArray<PortfolioSnapshot | null>;
  teamScope?: ReadonlySet<string>;
}): PortfolioTotals {
  const { rows, teamScope } = options;
  const audience = new Set<string>();
  const adopting = new Set<string>();
  const nowItems: Partial<Record<RoadmapCategory, number>> = {};
  const declared: Array<Partial<Record<string, number>>> = [];
  for (const snapshot of options.snapshots) {
    if (!snapshot) {
      continue;
    }
    const inScope = (ref: string) => !teamScope || teamScope.has(ref);
    for (const ref of snapshot.teams?.adopting ?? []) {
      if (inScope(ref)) {
        adopting.add(ref);
        audience.add(ref);
      }
    }
    for (const ref of snapshot.teams?.nonAdopting ?? []) {
      if (inScope(ref)) {
        audience.add(ref);
      }
    }
    for (const category of ROADMAP_CATEGORIES) {
      const count = snapshot.investment?.nowItems[category] ?? 0;
      if (count > 0) {
        nowItems[category] = (nowItems[category] ?? 0) + count;
      }
    }
    if (snapshot.investment?.intended) {
      declared.push(snapshot.investment.intended);
    }
  }
  const capacities = rows
    .map(row => row.capacityUnlockedHoursPerMonth)
    .filter((value): value is number => value !== null);
  return {
    platforms: rows.length,
    teams: adoptionCounts(adopting.size, audience.size),
    capacityUnlockedHoursPerMonth:
      capacities.length === 0 ? null : capacities.reduce((a, b) => a + b, 0),
    investmentMix: investmentMixFromCounts(meanMix(declared), nowItems),
  };
}

function meanMix(
  mixes: ReadonlyArray<Partial<Record<string, number>>>,
): Partial<Record<RoadmapCategory, number>> | null {
  if (mixes.length === 0) {
    return null;
  }
  const mean: Partial<Record<RoadmapCategory, number>> = {};
  for (const category of ROADMAP_CATEGORIES) {
    if (mixes.some(mix => mix[category] !== undefined)) {
      const sum = mixes.reduce((total, mix) => total + (mix[category] ?? 0), 0);
      mean[category] = Math.round(sum / mixes.length);
    }
  }
  return mean;
}

/**
 * The biggest rises and falls of adoption over a period: for each platform the change between its
 * first and its last figure in the period (platforms with fewer than two figures are left out),
 * the `limit` largest rises and the `limit` largest falls, ties by title.
 *
 * @public
 */
export function adoptionMovers(
  series: ReadonlyArray<{
    platformRef: string;
    title: string;
    points: ReadonlyArray<{ ratio: number | null; source: SnapshotSource }>;
  }>,
  limit = 5,
): { rises: PortfolioMover[]; falls: PortfolioMover[] } {
  const movers: PortfolioMover[] = [];
  for (const { platformRef, title, points } of series) {
    const ratios = points
      .map(point => point.ratio)
      .filter((ratio): ratio is number => ratio !== null);
    if (ratios.length < 2) {
      continue;
    }
    const from = ratios[0];
    const to = ratios[ratios.length - 1];
    movers.push({ platformRef, title, from, to, change: to - from });
  }
  const byTitle = (a: PortfolioMover, b: PortfolioMover) =>
    a.title.localeCompare(b.title);
  return {
    rises: movers
      .filter(m => m.change > 0)
      .sort((a, b) => b.change - a.change || byTitle(a, b))
      .slice(0, limit),
    falls: movers
      .filter(m => m.change < 0)
      .sort((a, b) => a.change - b.change || byTitle(a, b))
      .slice(0, limit),
  };
}
