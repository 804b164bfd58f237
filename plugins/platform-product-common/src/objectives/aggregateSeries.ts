import type { KeyResultAggregation } from './types';
import { median } from '../core/median';
import { DAY_MS } from '../core/utcDays';

/**
 * The value at quantile `q` (0–1) of the values, interpolated linearly between the two nearest
 * ranks (the method of numpy's default and of Excel's PERCENTILE.INC).
 */
function quantile(sorted: readonly number[], q: number): number {
  const rank = q * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
}

/**
 * Reduces the point values of a window to one value, or null when the window has no point:
 *
 * - `p50`: the median of the values (see `median`); `p95`: their 95th percentile (linear
 *   interpolation);
 * - `sum`: their sum; `avg`: their mean;
 * - `rate`: their sum per day of the window (`sum / (windowMs / 1 day)`), e.g. deployments a day.
 *
 * @public
 */
export function aggregateSeries(
  values: readonly number[],
  aggregation: KeyResultAggregation,
  windowMs: number,
): number | null {
  if (values.length === 0) {
    return null;
  }
  const sum = values.reduce((total, value) => total + value, 0);
  switch (aggregation) {
    case 'p50':
      return median(values);
    case 'p95':
      return quantile(
        [...values].sort((a, b) => a - b),
        0.95,
      );
    case 'sum':
      return sum;
    case 'avg':
      return sum / values.length;
    case 'rate':
      return sum / (windowMs / DAY_MS);
    default:
      throw new RangeError(`unknown aggregation ${aggregation}`);
  }
}
