import {
  PortfolioQuery,
  PortfolioSortKey,
} from '@platform-product/backstage-plugin-platform-product-common';

/**
 * The view settings of a portfolio request's query (or an action's input), empty ones left out.
 *
 * @internal
 */
export function viewOf(query: {
  asOf?: string;
  category?: string[];
  owner?: string[];
  org?: string;
  sort?: string;
  order?: 'asc' | 'desc';
}): PortfolioQuery {
  return {
    ...(query.asOf ? { asOf: query.asOf } : {}),
    ...(query.category?.length ? { category: query.category } : {}),
    ...(query.owner?.length ? { owner: query.owner } : {}),
    ...(query.org ? { org: query.org } : {}),
    ...(query.sort ? { sort: query.sort as PortfolioSortKey } : {}),
    ...(query.order ? { order: query.order } : {}),
  };
}
