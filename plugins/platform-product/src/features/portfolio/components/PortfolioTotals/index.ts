export { PortfolioTotals } from './PortfolioTotals';
