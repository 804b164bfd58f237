/** Portfolio: every platform side by side for leadership — grid, totals, org heat map, trends, any past day, exports. */
export { PortfolioStore } from './PortfolioStore';
export { PortfolioHistory } from './PortfolioHistory';
export { PortfolioService } from './PortfolioService';
export { PortfolioTrendsService } from './PortfolioTrendsService';
export { PortfolioDrillDown } from './PortfolioDrillDown';
export { PortfolioSnapshotter } from './PortfolioSnapshotter';
export { portfolioTasks } from './tasks';
export { registerPortfolioRoutes } from './routes';
export { viewOf } from './viewOf';
