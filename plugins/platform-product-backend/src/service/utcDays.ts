import { InputError } from '@backstage/errors';

/** Milliseconds in one day. */
export const DAY_MS = 24 * 60 * 60 * 1000;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The UTC day of an instant, written YYYY-MM-DD.
 *
 * @internal
 */
export function toUtcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The instant a UTC day starts, in milliseconds since the epoch; `undefined` when `day` is not a
 * real date written YYYY-MM-DD.
 *
 * @internal
 */
export function utcDayStart(day: string): number | undefined {
  if (!DAY_PATTERN.test(day)) {
    return undefined;
  }
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(ms) || toUtcDay(ms) !== day ? undefined : ms;
}

/**
 * The day `days` days after `day` (before it when negative).
 *
 * @internal
 */
export function addUtcDays(day: string, days: number): string {
  return toUtcDay(utcDayStart(day)! + days * DAY_MS);
}

/** The longest history one request may ask for, in days. */
export const MAX_HISTORY_DAYS = 731;

/** How far back the history goes when `from` is not given. */
export const DEFAULT_HISTORY_DAYS = 30;

/**
 * Reads the `from` and `to` query parameters of a history request: both YYYY-MM-DD, inclusive;
 * `to` defaults to today (UTC) and `from` to {@link DEFAULT_HISTORY_DAYS} days before `to`.
 *
 * @throws InputError when a day is not a real date, `from` is after `to`, or the range is longer
 *   than {@link MAX_HISTORY_DAYS} days
 * @internal
 */
export function resolveDayRange(options: {
  from?: string;
  to?: string;
  now: number;
}): { fromDay: string; toDay: string } {
  const toDay = options.to ?? toUtcDay(options.now);
  if (utcDayStart(toDay) === undefined) {
    throw new InputError(
      `to must be a date written YYYY-MM-DD — got ${JSON.stringify(toDay)}`,
    );
  }
  const fromDay = options.from ?? addUtcDays(toDay, -DEFAULT_HISTORY_DAYS);
  if (utcDayStart(fromDay) === undefined) {
    throw new InputError(
      `from must be a date written YYYY-MM-DD — got ${JSON.stringify(fromDay)}`,
    );
  }
  if (fromDay > toDay) {
    throw new InputError(
      `from must be on or before to — got from=${fromDay} and to=${toDay}; swap them`,
    );
  }
  const days = (utcDayStart(toDay)! - utcDayStart(fromDay)!) / DAY_MS + 1;
  if (days > MAX_HISTORY_DAYS) {
    throw new InputError(
      `from and to may span at most ${MAX_HISTORY_DAYS} days — got ${days} (${fromDay} to ${toDay}); ask for a shorter range`,
    );
  }
  return { fromDay, toDay };
}
