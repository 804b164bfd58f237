/** The digits of a rank, in code-unit order. */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

function midpoint(low: string, high: string | null): string {
  if (high !== null) {
    let shared = 0;
    while ((low[shared] ?? '0') === high[shared]) {
      shared++;
    }
    if (shared > 0) {
      return (
        high.slice(0, shared) + midpoint(low.slice(shared), high.slice(shared))
      );
    }
  }
  const lowDigit = low ? DIGITS.indexOf(low[0]) : 0;
  const highDigit = high !== null ? DIGITS.indexOf(high[0]) : DIGITS.length;
  if (highDigit - lowDigit > 1) {
    return DIGITS[Math.round((lowDigit + highDigit) / 2)];
  }
  if (high !== null && high.length > 1) {
    return high.slice(0, 1);
  }
  return DIGITS[lowDigit] + midpoint(low.slice(1), null);
}

function assertRank(rank: string, name: string) {
  if (!/^[0-9a-z]*[1-9a-z]$/.test(rank)) {
    throw new RangeError(
      `${name} must be a rank of digits 0-9a-z not ending in 0 — got '${rank}'`,
    );
  }
}

/**
 * A rank that sorts strictly between two others (fractional indexing over base-36 digits), so an
 * item is placed or moved by writing its own row only. Ranks compare as plain strings.
 *
 * @param before - the rank of the item just above, or undefined at the top
 * @param after - the rank of the item just below, or undefined at the bottom
 * @throws RangeError when `before` does not sort before `after`
 * @public
 */
export function rankBetween(before?: string, after?: string): string {
  if (before !== undefined) assertRank(before, 'before');
  if (after !== undefined) assertRank(after, 'after');
  if (before !== undefined && after !== undefined && before >= after) {
    throw new RangeError(
      `before ('${before}') must sort before after ('${after}')`,
    );
  }
  return midpoint(before ?? '', after ?? null);
}

/**
 * `count` ascending ranks, spread out so that later insertions stay short.
 *
 * @public
 */
export function rankSequence(count: number): string[] {
  const ranks: string[] = [];
  for (let i = 0; i < count; i++) {
    ranks.push(rankBetween(ranks[i - 1], undefined));
  }
  return ranks;
}

/**
 * Compares two ranked things by rank, then by id, as the board orders them.
 *
 * @public
 */
export function compareRanked(
  a: { rank: string; id: string },
  b: { rank: string; id: string },
): number {
  if (a.rank !== b.rank) return a.rank < b.rank ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}
