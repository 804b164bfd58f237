import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  PortfolioCellTeams,
  PortfolioHeatRow,
  PortfolioQuery,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  childGroups,
  groupMembers,
  heatRow,
  parentGroup,
  titleOf,
} from './groupTree';
import { PortfolioHistory } from './PortfolioHistory';
import { PortfolioService } from './PortfolioService';

/** The most teams one page of a cell lists. */
export const MAX_CELL_PAGE = 100;

/**
 * The heat map's drill-downs: the sub-orgs and teams of an org, and the teams behind a cell —
 * as of the view's day, from the same snapshots as the grid.
 *
 * @internal
 */
export class PortfolioDrillDown {
  constructor(
    private readonly options: {
      portfolio: PortfolioService;
      history: PortfolioHistory;
    },
  ) {}

  /** The direct sub-groups (sub-orgs and teams) of a group, with their cells for the view. */
  async children(
    groupRef: string,
    query: PortfolioQuery,
    credentials: BackstageCredentials,
  ): Promise<{ groupRef: string; rows: PortfolioHeatRow[] }> {
    const { portfolio, history } = this.options;
    const view = await portfolio.resolveView(query, credentials);
    const ref = portfolio.resolveGroup(view.graph, groupRef, 'group');
    const refs = view.platforms.map(p => p.ref);
    const snapshots = await history.asOf(refs, view.asOf, { withTeams: true });
    return {
      groupRef: ref,
      rows: childGroups(view.graph, ref).map(child =>
        heatRow(view.graph, child, refs, snapshots),
      ),
    };
  }

  /** A page of the adopting or the non-adopting teams behind one cell. */
  async cellTeams(
    options: {
      platformRef: string;
      groupRef: string;
      status: 'adopting' | 'non-adopting';
      asOf?: string;
      offset?: number;
      limit?: number;
    },
    credentials: BackstageCredentials,
  ): Promise<PortfolioCellTeams> {
    const { portfolio, history } = this.options;
    const offset = options.offset ?? 0;
    const limit = options.limit ?? 25;
    if (!Number.isInteger(offset) || offset < 0) {
      throw new InputError(
        `offset must be a whole number of zero or more — got ${offset}`,
      );
    }
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CELL_PAGE) {
      throw new InputError(
        `limit must be a whole number from 1 to ${MAX_CELL_PAGE} — got ${limit}`,
      );
    }
    const view = await portfolio.resolveView(
      { asOf: options.asOf },
      credentials,
    );
    const { graph } = view;
    const groupRef = portfolio.resolveGroup(graph, options.groupRef, 'group');
    const platformRef = options.platformRef.toLowerCase();
    if (!view.visible.some(p => p.ref === platformRef)) {
      throw new NotFoundError(
        `platform ${options.platformRef} is not a platform you can see in the catalog; check the ref`,
      );
    }
    const snapshot = (
      await history.asOf([platformRef], view.asOf, { withTeams: true })
    ).get(platformRef);
    const below = graph.descendants([groupRef]);
    const teams =
      (options.status === 'adopting'
        ? snapshot?.teams?.adopting
        : snapshot?.teams?.nonAdopting
      )?.filter(ref => below.has(ref)) ?? [];
    teams.sort(
      (a, b) =>
        titleOf(graph, a).localeCompare(titleOf(graph, b)) ||
        a.localeCompare(b),
    );
    return {
      platformRef,
      groupRef,
      asOf: view.asOf,
      snapshotDay: snapshot?.day ?? null,
      status: options.status,
      total: teams.length,
      offset,
      limit,
      items: teams.slice(offset, offset + limit).map(teamRef => {
        const members = groupMembers(graph, teamRef);
        return {
          teamRef,
          title: titleOf(graph, teamRef),
          parentRef: parentGroup(graph, teamRef),
          memberRefs: members.slice(0, 10),
          memberCount: members.length,
        };
      }),
    };
  }
}
