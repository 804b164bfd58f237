export { PortfolioHeatMap } from './PortfolioHeatMap';
