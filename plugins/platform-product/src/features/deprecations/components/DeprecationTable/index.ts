export { DeprecationTable } from './DeprecationTable';
