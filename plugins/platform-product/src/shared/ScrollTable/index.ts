export { ScrollTable, TableFrame } from './ScrollTable';
