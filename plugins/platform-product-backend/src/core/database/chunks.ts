/**
 * How many values one `whereIn` binds at most: SQLite allows 999 bound parameters per statement in
 * older builds, PostgreSQL 65,535; 500 keeps every statement well inside both.
 *
 * @internal
 */
export const MAX_BOUND_VALUES = 500;

/**
 * The items in consecutive slices of at most `size`, for queries that bind one parameter per item.
 *
 * @internal
 */
export function chunks<T>(
  items: readonly T[],
  size: number = MAX_BOUND_VALUES,
): T[][] {
  const slices: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    slices.push(items.slice(i, i + size));
  }
  return slices;
}
