export { PortfolioGrid } from './PortfolioGrid';
