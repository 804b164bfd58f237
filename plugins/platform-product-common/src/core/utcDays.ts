import { describeValue } from './describeValue';

/**
 * Milliseconds in one day.
 *
 * @public
 */
export const DAY_MS = 24 * 60 * 60 * 1000;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The UTC day of an instant (milliseconds since the epoch), written YYYY-MM-DD.
 *
 * @public
 */
export function toUtcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The instant a UTC day starts, in milliseconds since the epoch; `undefined` when `day` is not a
 * real date written YYYY-MM-DD.
 *
 * @public
 */
export function utcDayStart(day: string): number | undefined {
  if (!DAY_PATTERN.test(day)) {
    return undefined;
  }
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(ms) || toUtcDay(ms) !== day ? undefined : ms;
}

/**
 * Whether `day` is a real date written YYYY-MM-DD.
 *
 * @public
 */
export function isUtcDay(day: string): boolean {
  return utcDayStart(day) !== undefined;
}

/**
 * The instant a UTC day starts.
 *
 * @throws RangeError when `day` is not a real date written YYYY-MM-DD
 * @public
 */
export function requireUtcDayStart(day: string): number {
  const start = utcDayStart(day);
  if (start === undefined) {
    throw new RangeError(
      `expected a date written YYYY-MM-DD — got ${describeValue(day)}`,
    );
  }
  return start;
}

/**
 * The day `days` days after `day` (before it when negative).
 *
 * @throws RangeError when `day` is not a real date written YYYY-MM-DD
 * @public
 */
export function addUtcDays(day: string, days: number): string {
  return toUtcDay(requireUtcDayStart(day) + days * DAY_MS);
}

/**
 * Whole UTC days from `from` to `to` (negative when `to` is earlier).
 *
 * @throws RangeError when either is not a real date written YYYY-MM-DD
 * @public
 */
export function utcDaysBetween(from: string, to: string): number {
  return Math.round(
    (requireUtcDayStart(to) - requireUtcDayStart(from)) / DAY_MS,
  );
}
