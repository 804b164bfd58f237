import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  addUtcDays,
  describeValue,
  isUtcDay,
  PlatformGraph,
  Portfolio,
  portfolioRow,
  PortfolioQuery,
  PortfolioSnapshot,
  portfolioTotals,
  resolveEntityRef,
  SnapshotSource,
  snapshotAdoption,
  sortPortfolioRows,
  toUtcDay,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  PlatformCatalog,
  platformOwnerRefs,
  platformTitle,
  ResolvedPlatform,
} from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { heatRow, isGroup, orgsInTreeOrder, titleOf } from './groupTree';
import { PortfolioHistory } from './PortfolioHistory';

/** A view resolved against the catalog: the visible platforms it shows and its day. */
export interface ResolvedView {
  graph: PlatformGraph;
  asOf: string;
  earliestDay: string | null;
  org?: string;
  /** Every platform the caller can see, before the filters. */
  visible: ResolvedPlatform[];
  /** Those the filters keep. */
  platforms: ResolvedPlatform[];
}

/**
 * The portfolio for leadership: every platform the caller can see, side by side, as of a day —
 * the grid, its totals and the org × platform heat map in one answer, all read from the daily
 * snapshots (see {@link PortfolioHistory}).
 *
 * @internal
 */
export class PortfolioService {
  constructor(
    private readonly options: {
      history: PortfolioHistory;
      graphs: PlatformGraphProvider;
      platformCatalog: PlatformCatalog;
      now: () => Date;
    },
  ) {}

  /** The grid, totals and heat map of a view. */
  async getPortfolio(
    query: PortfolioQuery,
    credentials: BackstageCredentials,
  ): Promise<Portfolio> {
    const view = await this.resolveView(query, credentials);
    const { graph, asOf, org, platforms } = view;
    const refs = platforms.map(p => p.ref);
    const { history } = this.options;
    const snapshots = await history.asOf(refs, asOf, { withTeams: true });
    const series = await this.adoptionHistory(refs, asOf, org);
    const rows = sortPortfolioRows(
      platforms.map(platform =>
        portfolioRow({
          platform: {
            platformRef: platform.ref,
            title: platformTitle(platform),
            category: platform.spec.category,
            ownerRefs: platformOwnerRefs(platform),
          },
          snapshot: snapshots.get(platform.ref) ?? null,
          orgRef: org,
          history: series.get(platform.ref) ?? [],
          daysBefore: days => addUtcDays(asOf, -days),
        }),
      ),
      query.sort,
      query.order,
    );
    const columns = rows.map(row => row.platformRef);
    return {
      asOf,
      earliestDay: view.earliestDay,
      query: { ...query, asOf, ...(org ? { org } : {}) },
      rows,
      totals: portfolioTotals({
        rows,
        snapshots: rows.map(row => snapshots.get(row.platformRef) ?? null),
        teamScope: org ? graph.descendants([org]) : undefined,
      }),
      heatMap: {
        platforms: columns,
        rows: orgsInTreeOrder(graph, org).map(ref =>
          heatRow(graph, ref, columns, snapshots),
        ),
      },
      facets: facets(graph, view.visible),
      computedAt: this.options.now().toISOString(),
    };
  }

  /**
   * Reads a view's settings: the as-of day (today by default; a real day, not in the future, not
   * before the first snapshot), the org (a group of the catalog) and the filters, over the
   * platforms the caller can see.
   */
  async resolveView(
    query: PortfolioQuery,
    credentials: BackstageCredentials,
  ): Promise<ResolvedView> {
    const today = toUtcDay(this.options.now().getTime());
    const asOf = query.asOf ?? today;
    if (!isUtcDay(asOf)) {
      throw new InputError(
        `asOf must be a day written YYYY-MM-DD — got ${describeValue(asOf)}`,
      );
    }
    if (asOf > today) {
      throw new InputError(
        `asOf must not be in the future — got ${asOf}, and today is ${today} (UTC); pick today or an earlier day`,
      );
    }
    const graph = await this.options.graphs.get();
    const org = query.org
      ? this.resolveGroup(graph, query.org, 'org')
      : undefined;
    const visible = await this.options.platformCatalog.getPlatforms(
      graph.platforms().map(p => p.ref),
      credentials,
    );
    const categories = new Set(query.category ?? []);
    const owners = new Set(
      (query.owner ?? []).map((ref, i) => normaliseRef(ref, `owner[${i}]`)),
    );
    const platforms = visible.filter(
      platform =>
        (categories.size === 0 || categories.has(platform.spec.category)) &&
        (owners.size === 0 ||
          platformOwnerRefs(platform).some(ref =>
            owners.has(ref.toLowerCase()),
          )),
    );
    const earliestDay = await this.options.history.earliestDay(
      visible.map(p => p.ref),
    );
    if (asOf < today && (earliestDay === null || asOf < earliestDay)) {
      throw new InputError(
        earliestDay === null
          ? `asOf ${asOf} is before the first snapshot: none has been taken yet; the portfolio records every platform once an hour, so pick today`
          : `asOf ${asOf} is before the first snapshot, taken on ${earliestDay}; pick ${earliestDay} or a later day`,
      );
    }
    return { graph, asOf, earliestDay, org, visible, platforms };
  }

  /** A group ref of the query, normalised; 404 naming it when the catalog has no such group. */
  resolveGroup(graph: PlatformGraph, ref: string, field: string): string {
    const groupRef = normaliseRef(ref, field);
    if (!isGroup(graph, groupRef)) {
      throw new NotFoundError(
        `${field} ${groupRef} is not a group of the catalog; pick one of the orgs the portfolio lists in its filters`,
      );
    }
    return groupRef;
  }

  /**
   * Each platform's adoption before as-of, for its changes and its sparkline: the whole audience's
   * daily history of the year before, or under an org filter the org's figure once a week and 30
   * and 90 days back.
   */
  private async adoptionHistory(
    refs: readonly string[],
    asOf: string,
    org: string | undefined,
  ): Promise<
    Map<
      string,
      Array<{ day: string; ratio: number | null; source: SnapshotSource }>
    >
  > {
    const { history } = this.options;
    if (!org) {
      return history.adoptionSeries(refs, addUtcDays(asOf, -365), asOf);
    }
    const days = new Set<string>([
      addUtcDays(asOf, -30),
      addUtcDays(asOf, -90),
    ]);
    for (let back = 91; back >= 0; back -= 7) {
      days.add(addUtcDays(asOf, -back));
    }
    const series = new Map<
      string,
      Array<{ day: string; ratio: number | null; source: SnapshotSource }>
    >(refs.map(ref => [ref, []]));
    const byDay = new Map<string, Map<string, PortfolioSnapshot>>();
    for (const day of [...days].sort()) {
      byDay.set(day, await history.asOf(refs, day));
    }
    for (const ref of refs) {
      const seen = new Set<string>();
      for (const day of [...days].sort()) {
        const snapshot = byDay.get(day)?.get(ref);
        if (!snapshot || seen.has(snapshot.day)) {
          continue;
        }
        seen.add(snapshot.day);
        const adoption = snapshotAdoption(snapshot, org);
        if (adoption) {
          series.get(ref)!.push({
            day: snapshot.day,
            ratio: adoption.ratio,
            source: snapshot.source,
          });
        }
      }
    }
    return series;
  }
}

/** A group ref of a query in the catalog's lower-case form; 400 when it is no entity ref. */
function normaliseRef(ref: string, field: string): string {
  try {
    return resolveEntityRef({
      ref,
      defaultKind: 'group',
      defaultNamespace: 'default',
      field,
    }).toLowerCase();
  } catch (error) {
    throw new InputError((error as Error).message);
  }
}

function facets(
  graph: PlatformGraph,
  platforms: readonly ResolvedPlatform[],
): Portfolio['facets'] {
  const owners = [
    ...new Set(
      platforms.flatMap(p => platformOwnerRefs(p).map(r => r.toLowerCase())),
    ),
  ];
  return {
    categories: [...new Set(platforms.map(p => p.spec.category))].sort(),
    owners: owners
      .map(ref => ({ ref, title: titleOf(graph, ref) }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    orgs: orgsInTreeOrder(graph).map(ref => ({
      ref,
      title: titleOf(graph, ref),
    })),
  };
}
