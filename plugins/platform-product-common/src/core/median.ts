/**
 * The median of some numbers: the middle one, or the mean of the two middle ones; `null` when
 * there are none. The median of 5, 1, 3 is 3; of 4, 1, 3, 2 it is 2.5.
 *
 * @param values - the numbers, in any order
 * @public
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}
