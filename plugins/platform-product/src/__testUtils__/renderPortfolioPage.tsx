import { screen } from '@testing-library/react';
import { useLocation } from 'react-router-dom';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { featureApiPairs, mockPlatformProductApi } from './fixtures';
import { PortfolioPage } from '../features/portfolio/components/PortfolioPage';
import {
  portfolio,
  trends,
} from '../features/portfolio/components/portfolioFixtures';

/** The query string of the page, as the router has it. */
const Search = () => (
  <output aria-label="search">{useLocation().search}</output>
);

/**
 * Renders the portfolio page at `route` with the fixture portfolio and trends (unless `overrides`
 * answer otherwise), once its grid is there; resolves to the mocked API.
 */
export async function renderPortfolioPage(
  overrides: Parameters<typeof mockPlatformProductApi>[0] = {},
  route = '/platforms',
) {
  const api = mockPlatformProductApi({
    getPortfolio: jest.fn().mockResolvedValue(portfolio),
    getPortfolioTrends: jest.fn().mockResolvedValue(trends),
    ...overrides,
  });
  await renderInTestApp(
    <TestApiProvider apis={featureApiPairs(api)}>
      <PortfolioPage />
      <Search />
    </TestApiProvider>,
    {
      routeEntries: [route],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
  await screen.findByRole('table', { name: 'Platforms' });
  return api;
}

/** The page's query string, even while a menu hides the rest of the page. */
export const pageSearch = () =>
  screen.getByRole('status', { name: 'search', hidden: true }).textContent;
