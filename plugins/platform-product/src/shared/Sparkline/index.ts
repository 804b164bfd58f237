export { Sparkline } from './Sparkline';
export type { SparklineRow } from './sparklineGeometry';
