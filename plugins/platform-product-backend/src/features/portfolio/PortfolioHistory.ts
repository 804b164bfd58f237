import {
  adoptionRatio,
  PortfolioSnapshot,
  SnapshotSource,
} from '@platform-product/backstage-plugin-platform-product-common';
import { SnapshotStore } from '../../core/metrics';
import { PortfolioStore } from './PortfolioStore';

/** How a snapshot's source ranks when two records of a platform share a day. */
const RANK = { portfolio: 2, adoption: 1, imported: 0 } as const;

/**
 * The portfolio's records as of a day, from the three places they live: the portfolio snapshots
 * (every figure), the older adoption snapshots (adoption and services only, taken before the
 * portfolio existed or on days it was not taken) and imported figures (teams only, whole audience
 * and per org). For each platform the most recent record on or before the day wins; on the same
 * day a portfolio snapshot beats an adoption snapshot, which beats an import — "a live snapshot
 * for the same day wins".
 *
 * @internal
 */
export class PortfolioHistory {
  constructor(
    private readonly options: {
      store: PortfolioStore;
      snapshots: SnapshotStore;
    },
  ) {}

  /** The first day any record of these platforms exists, or `null`. */
  async earliestDay(platformRefs: readonly string[]): Promise<string | null> {
    const days = (
      await Promise.all([
        this.options.store.earliestDay(platformRefs),
        this.options.snapshots.earliestAdoptionDay(platformRefs),
      ])
    ).filter((day): day is string => day !== null);
    return days.length === 0 ? null : days.sort()[0];
  }

  /** Each platform's record as of `day` (absent when it has none on or before it). */
  async asOf(
    platformRefs: readonly string[],
    day: string,
    options?: { withTeams?: boolean },
  ): Promise<Map<string, PortfolioSnapshot>> {
    const { store, snapshots } = this.options;
    const [portfolio, adoption, imported] = await Promise.all([
      store.latestOnOrBefore(platformRefs, day, options),
      snapshots.latestAdoptionOnOrBefore(platformRefs, day),
      snapshots.latestImportsOnOrBefore(platformRefs, day),
    ]);
    const result = new Map<string, PortfolioSnapshot>();
    for (const ref of platformRefs) {
      const candidates: Array<{
        rank: number;
        snapshot: PortfolioSnapshot;
      }> = [];
      const p = portfolio.get(ref);
      if (p) {
        candidates.push({ rank: RANK.portfolio, snapshot: p });
      }
      const a = adoption.get(ref);
      if (a) {
        candidates.push({
          rank: RANK.adoption,
          snapshot: {
            ...emptySnapshot(ref, a.day, 'live'),
            adoption: { adopting: a.adoptingTeams, audience: a.audienceTeams },
            services: { adopting: a.adoptingServices, total: a.totalServices },
          },
        });
      }
      const i = imported.get(ref);
      if (i && i.length > 0) {
        const whole = i.find(row => row.orgRef === '');
        candidates.push({
          rank: RANK.imported,
          snapshot: {
            ...emptySnapshot(ref, i[0].day, 'imported'),
            adoption: whole
              ? { adopting: whole.adoptingTeams, audience: whole.audienceTeams }
              : { adopting: 0, audience: 0 },
            orgs: Object.fromEntries(
              i
                .filter(row => row.orgRef !== '')
                .map(row => [
                  row.orgRef,
                  [row.adoptingTeams, row.audienceTeams],
                ]),
            ),
          },
        });
      }
      candidates.sort(
        (x, y) =>
          y.snapshot.day.localeCompare(x.snapshot.day) || y.rank - x.rank,
      );
      if (candidates.length > 0) {
        result.set(ref, candidates[0].snapshot);
      }
    }
    return result;
  }

  /**
   * The whole-audience adoption of each platform from `fromDay` to `toDay`, oldest first, live
   * snapshots and imported figures marked as such.
   */
  async adoptionSeries(
    platformRefs: readonly string[],
    fromDay: string,
    toDay: string,
  ): Promise<
    Map<
      string,
      Array<{ day: string; ratio: number | null; source: SnapshotSource }>
    >
  > {
    const rows = await this.options.snapshots.listAdoptionHistory({
      platformRefs,
      fromDay,
      toDay,
    });
    const series = new Map<
      string,
      Array<{ day: string; ratio: number | null; source: SnapshotSource }>
    >(platformRefs.map(ref => [ref, []]));
    for (const row of rows) {
      series.get(row.platformRef)?.push({
        day: row.day,
        ratio: adoptionRatio(row.adoptingTeams, row.audienceTeams),
        source: row.source,
      });
    }
    return series;
  }
}

function emptySnapshot(
  platformRef: string,
  day: string,
  source: SnapshotSource,
): PortfolioSnapshot {
  return {
    platformRef,
    day,
    source,
    adoption: { adopting: 0, audience: 0 },
    services: null,
    nps: null,
    reliability: null,
    supportTicketsPer100Users: null,
    costPerService: null,
    deprecationDebt: null,
    objectives: null,
    capacityUnlockedHoursPerMonth: null,
    investment: null,
    orgs: {},
    teams: null,
  };
}
