import { InputError } from '@backstage/errors';
import {
  addUtcDays,
  DAY_MS,
  describeValue,
  toUtcDay,
  utcDayStart,
} from '@platform-product/backstage-plugin-platform-product-common';

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
      `to must be a date written YYYY-MM-DD — got ${describeValue(toDay)}`,
    );
  }
  const fromDay = options.from ?? addUtcDays(toDay, -DEFAULT_HISTORY_DAYS);
  if (utcDayStart(fromDay) === undefined) {
    throw new InputError(
      `from must be a date written YYYY-MM-DD — got ${describeValue(fromDay)}`,
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
