import { createApiRef } from '@backstage/core-plugin-api';
import type {
  Portfolio,
  PortfolioCellTeams,
  PortfolioHeatRow,
  PortfolioQuery,
  PortfolioTrends,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  PlatformProductFetcher,
  QueryParams,
  apiPath,
  entitySegments,
} from '../../api/PlatformProductFetcher';
import type {
  PlatformProductClientOptions,
  PlatformProductEntityRef,
} from '../../api/types';

/**
 * The filters of the portfolio's trends: the as-of day, how many days back, and the categories and
 * owners of the platforms.
 *
 * @public
 */
export type PortfolioTrendsQuery = Pick<
  PortfolioQuery,
  'asOf' | 'category' | 'owner'
> & {
  /** How many days before as-of the trends start; the backend defaults to 90. */
  days?: number;
};

/**
 * Which teams of a heat map cell to list: those of `groupRef` that adopt `platformRef` or those
 * that do not, a page at a time.
 *
 * @public
 */
export interface PortfolioCellQuery {
  platformRef: string;
  groupRef: string;
  status: 'adopting' | 'non-adopting';
  asOf?: string;
  offset?: number;
  limit?: number;
}

/**
 * The platforms portfolio, the leadership view across every platform: the grid, the totals, the
 * heat map of orgs, the trends and the export of one view. Every method rejects with a
 * `ResponseError` from `@backstage/errors` when the backend answers with an error.
 *
 * @public
 */
export interface PortfolioApi {
  /** The grid, totals, heat map and facets of one view (`GET /portfolio`). */
  getPortfolio(query: PortfolioQuery): Promise<Portfolio>;

  /** Exactly that view as a CSV or JSON file's text (`GET /portfolio/export`). */
  exportPortfolio(options: {
    format: 'csv' | 'json';
    query: PortfolioQuery;
  }): Promise<string>;

  /** Adoption of every platform over time, NPS by round and the movers (`GET /portfolio/trends`). */
  getPortfolioTrends(query: PortfolioTrendsQuery): Promise<PortfolioTrends>;

  /** The direct sub-orgs and teams of an org (`GET /portfolio/groups/{ref}/children`). */
  getPortfolioGroupChildren(options: {
    groupRef: PlatformProductEntityRef;
    query: PortfolioQuery;
  }): Promise<{ groupRef: string; rows: PortfolioHeatRow[] }>;

  /** A page of the adopting or non-adopting teams of a heat map cell (`GET /portfolio/cells`). */
  getPortfolioCellTeams(query: PortfolioCellQuery): Promise<PortfolioCellTeams>;
}

/**
 * The {@link PortfolioApi}, provided by the plugin with a {@link PortfolioClient}.
 *
 * @public
 */
export const portfolioApiRef = createApiRef<PortfolioApi>({
  id: 'plugin.platform-product.portfolio',
});

/** The query parameters of a view of the portfolio; lists repeat their parameter. */
function viewParams(query: PortfolioQuery): QueryParams {
  const { asOf, category, owner, org, sort, order } = query;
  return { asOf, category, owner, org, sort, order };
}

/**
 * The {@link PortfolioApi} over the Platform Product backend.
 *
 * @public
 */
export class PortfolioClient implements PortfolioApi {
  private readonly fetcher: PlatformProductFetcher;

  constructor(options: PlatformProductClientOptions) {
    this.fetcher = new PlatformProductFetcher(options);
  }

  getPortfolio(query: PortfolioQuery): Promise<Portfolio> {
    return this.fetcher.get('/portfolio', viewParams(query));
  }

  exportPortfolio(options: {
    format: 'csv' | 'json';
    query: PortfolioQuery;
  }): Promise<string> {
    return this.fetcher.getText('/portfolio/export', {
      format: options.format,
      ...viewParams(options.query),
    });
  }

  getPortfolioTrends(query: PortfolioTrendsQuery): Promise<PortfolioTrends> {
    const { asOf, days, category, owner } = query;
    return this.fetcher.get('/portfolio/trends', {
      asOf,
      days,
      category,
      owner,
    });
  }

  getPortfolioGroupChildren(options: {
    groupRef: PlatformProductEntityRef;
    query: PortfolioQuery;
  }): Promise<{ groupRef: string; rows: PortfolioHeatRow[] }> {
    const { asOf, category, owner } = options.query;
    return this.fetcher.get(
      apiPath`/portfolio/groups/${entitySegments(options.groupRef)}/children`,
      { asOf, category, owner },
    );
  }

  getPortfolioCellTeams(
    query: PortfolioCellQuery,
  ): Promise<PortfolioCellTeams> {
    const { platformRef, groupRef, status, asOf, offset, limit } = query;
    return this.fetcher.get('/portfolio/cells', {
      platform: platformRef,
      group: groupRef,
      status,
      asOf,
      offset,
      limit,
    });
  }
}
