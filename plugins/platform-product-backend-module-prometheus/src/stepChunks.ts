/** Prometheus answers at most 11,000 points per series; a chunk asks for at most this many. */
export const MAX_POINTS_PER_QUERY = 10_000;

/**
 * Splits the evaluation times `start, start + step, …, ≤ end` (in seconds) into consecutive
 * chunks of at most `maxPoints` times each, so that every chunk stays under Prometheus's limit of
 * points per series; the chunks' answers concatenated are the answer for the whole range.
 */
export function stepChunks(
  start: number,
  end: number,
  step: number,
  maxPoints: number = MAX_POINTS_PER_QUERY,
): Array<{ start: number; end: number }> {
  const points = Math.floor((end - start) / step) + 1;
  const chunks: Array<{ start: number; end: number }> = [];
  for (let first = 0; first < points; first += maxPoints) {
    const last = Math.min(points, first + maxPoints) - 1;
    chunks.push({ start: start + first * step, end: start + last * step });
  }
  return chunks;
}
