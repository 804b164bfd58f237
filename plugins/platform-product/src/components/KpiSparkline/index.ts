export { KpiSparkline } from './KpiSparkline';
