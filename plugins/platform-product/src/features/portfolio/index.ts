/** Portfolio: the leadership view across every platform — grid, totals, heat map of orgs, trends and export of one shareable view. */
export { portfolioApiRef, PortfolioClient } from './api';
export type {
  PortfolioApi,
  PortfolioCellQuery,
  PortfolioTrendsQuery,
} from './api';
