export { DeprecationDetailPanel } from './DeprecationDetailPanel';
export { DeprecationTrendChart } from './DeprecationTrendChart';
