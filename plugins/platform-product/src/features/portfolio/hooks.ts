import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  PORTFOLIO_SORT_KEYS,
  Portfolio,
  PortfolioCellTeams,
  PortfolioHeatRow,
  PortfolioQuery,
  PortfolioSortKey,
  PortfolioTrends,
} from '@platform-product/backstage-plugin-platform-product-common';
import type { AsyncValue } from '../../shared/AsyncValue';
import { useApiValue } from '../../shared/useApiValue';
import { PortfolioCellQuery, portfolioApiRef } from './api';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function isSortKey(value: string | null): value is PortfolioSortKey {
  return (PORTFOLIO_SORT_KEYS as readonly string[]).includes(value ?? '');
}

/** The view a URL's query string names; what is missing or not understood is left out. */
export function queryFromSearch(search: URLSearchParams): PortfolioQuery {
  const query: PortfolioQuery = {};
  const asOf = search.get('asOf');
  if (asOf && DAY.test(asOf)) query.asOf = asOf;
  const category = search.getAll('category').filter(Boolean);
  if (category.length > 0) query.category = category;
  const owner = search.getAll('owner').filter(Boolean);
  if (owner.length > 0) query.owner = owner;
  const org = search.get('org');
  if (org) query.org = org;
  const sort = search.get('sort');
  if (isSortKey(sort)) query.sort = sort;
  const order = search.get('order');
  if (order === 'asc' || order === 'desc') query.order = order;
  return query;
}

/** The query string of a view: the same parameters the backend takes, lists repeated. */
export function searchFromQuery(query: PortfolioQuery): URLSearchParams {
  const search = new URLSearchParams();
  if (query.asOf) search.set('asOf', query.asOf);
  for (const category of query.category ?? []) {
    search.append('category', category);
  }
  for (const owner of query.owner ?? []) search.append('owner', owner);
  if (query.org) search.set('org', query.org);
  if (query.sort) search.set('sort', query.sort);
  if (query.order) search.set('order', query.order);
  return search;
}

/**
 * The portfolio view kept in the page's URL, so that a view can be shared and reloaded, and a way
 * to change part of it (a `undefined` or empty list clears a setting).
 */
export function usePortfolioQuery(): [
  PortfolioQuery,
  (change: Partial<PortfolioQuery>) => void,
] {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const query = useMemo(
    () => queryFromSearch(new URLSearchParams(search)),
    [search],
  );
  const update = useCallback(
    (change: Partial<PortfolioQuery>) =>
      setSearchParams(searchFromQuery({ ...query, ...change })),
    [query, setSearchParams],
  );
  return [query, update];
}

/** One view of the portfolio (`GET /portfolio`). */
export function usePortfolio(query: PortfolioQuery): AsyncValue<Portfolio> {
  return useApiValue(portfolioApiRef, api => api.getPortfolio(query), [
    searchFromQuery(query).toString(),
  ]);
}

/** The trends of the platforms of a view (`GET /portfolio/trends`). */
export function usePortfolioTrends(
  query: PortfolioQuery,
): AsyncValue<PortfolioTrends> {
  const { asOf, category, owner } = query;
  return useApiValue(
    portfolioApiRef,
    api => api.getPortfolioTrends({ asOf, category, owner }),
    [searchFromQuery({ asOf, category, owner }).toString()],
  );
}

/** The sub-orgs and teams of an org, as of the view (`GET /portfolio/groups/{ref}/children`). */
export function usePortfolioGroupChildren(
  groupRef: string,
  query: PortfolioQuery,
): AsyncValue<{ groupRef: string; rows: PortfolioHeatRow[] }> {
  return useApiValue(
    portfolioApiRef,
    api => api.getPortfolioGroupChildren({ groupRef, query }),
    [groupRef, searchFromQuery(query).toString()],
  );
}

/** A page of the teams behind a heat map cell (`GET /portfolio/cells`). */
export function usePortfolioCellTeams(
  query: PortfolioCellQuery,
): AsyncValue<PortfolioCellTeams> {
  const { platformRef, groupRef, status, asOf, offset, limit } = query;
  return useApiValue(
    portfolioApiRef,
    api =>
      api.getPortfolioCellTeams({
        platformRef,
        groupRef,
        status,
        asOf,
        offset,
        limit,
      }),
    [platformRef, groupRef, status, asOf, offset, limit],
  );
}
