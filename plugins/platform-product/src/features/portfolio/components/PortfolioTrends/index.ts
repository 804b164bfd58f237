export { PortfolioTrends } from './PortfolioTrends';
