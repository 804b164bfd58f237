export { DeprecationsPage } from './DeprecationsPage';
