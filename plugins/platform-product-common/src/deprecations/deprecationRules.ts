import type { DeprecationSpec } from '../catalog/types';
import {
  addUtcDays,
  DAY_MS,
  isUtcDay,
  requireUtcDayStart,
  utcDaysBetween,
} from '../core/utcDays';
import { describeValue } from '../core/describeValue';

/**
 * Where a deprecation stands on a day: `scheduled` before its announcement, `announced` from the
 * announcement up to and including the sunset day, `sunset-passed` from the day after the sunset.
 *
 * @public
 */
export type DeprecationPhase = 'scheduled' | 'announced' | 'sunset-passed';

/**
 * The phase of a deprecation on `today`.
 *
 * @public
 */
export function deprecationPhase(
  spec: Pick<DeprecationSpec, 'announced' | 'sunset'>,
  today: string,
): DeprecationPhase {
  if (today < spec.announced) {
    return 'scheduled';
  }
  return today > spec.sunset ? 'sunset-passed' : 'announced';
}

/**
 * The stored status of an exception: what its requester and its decider made of it.
 *
 * @public
 */
export type DeprecationExceptionStatus = 'requested' | 'approved' | 'denied';

/**
 * The state of an exception on a day: its status, except that a requested or approved exception
 * whose end date has passed is `expired` (a denied one stays denied).
 *
 * @public
 */
export type DeprecationExceptionState = DeprecationExceptionStatus | 'expired';

/**
 * The state of an exception on `today`: expired once its end date is before today (the end date
 * itself is still covered), unless it was denied.
 *
 * @public
 */
export function exceptionState(
  exception: { status: DeprecationExceptionStatus; requestedEnd: string },
  today: string,
): DeprecationExceptionState {
  if (exception.status !== 'denied' && exception.requestedEnd < today) {
    return 'expired';
  }
  return exception.status;
}

/**
 * Whether an exception still occupies its consumer's one slot: requested or approved, and not
 * expired. A consumer may ask for a new exception only when it has none such.
 *
 * @public
 */
export function isExceptionOpen(state: DeprecationExceptionState): boolean {
  return state === 'requested' || state === 'approved';
}

/**
 * Whether a consumer is in violation on `today`: the sunset has passed and it holds no approved,
 * unexpired exception.
 *
 * @public
 */
export function isInViolation(options: {
  spec: Pick<DeprecationSpec, 'announced' | 'sunset'>;
  today: string;
  exceptionState: DeprecationExceptionState | null;
}): boolean {
  return (
    deprecationPhase(options.spec, options.today) === 'sunset-passed' &&
    options.exceptionState !== 'approved'
  );
}

/**
 * The default of how many days after the sunset an exception may last at most (two years).
 *
 * @public
 */
export const DEFAULT_MAX_EXCEPTION_DAYS_AFTER_SUNSET = 730;

/**
 * The default lead times before the sunset at which consumers' owners are reminded, in days.
 *
 * @public
 */
export const DEFAULT_REMINDER_LEAD_DAYS: readonly number[] = [90, 30, 7];

/**
 * The latest end date an exception to a deprecation may have.
 *
 * @public
 */
export function latestExceptionEnd(
  sunset: string,
  maxDaysAfterSunset: number,
): string {
  return addUtcDays(sunset, maxDaysAfterSunset);
}

/**
 * What is wrong with an exception's requested end date, or `undefined` when nothing is: it must be
 * a real date, not in the past, and no later than {@link latestExceptionEnd}.
 *
 * @public
 */
export function checkExceptionEnd(options: {
  requestedEnd: string;
  today: string;
  sunset: string;
  maxDaysAfterSunset: number;
}): string | undefined {
  const { requestedEnd, today, sunset, maxDaysAfterSunset } = options;
  if (!isUtcDay(requestedEnd)) {
    return `requestedEnd must be a date written YYYY-MM-DD — got ${describeValue(
      requestedEnd,
    )}`;
  }
  if (requestedEnd < today) {
    return `requestedEnd ${requestedEnd} is in the past; choose a date from ${today} on`;
  }
  const latest = latestExceptionEnd(sunset, maxDaysAfterSunset);
  if (requestedEnd > latest) {
    return `requestedEnd ${requestedEnd} is too late: an exception may last at most ${maxDaysAfterSunset} days after the sunset (${sunset}), so until ${latest} at the latest`;
  }
  return undefined;
}

/**
 * The ISO 8601 week of a day, written YYYY-Www (e.g. 2027-W27).
 *
 * @public
 */
export function isoWeek(day: string): string {
  const start = requireUtcDayStart(day);
  const weekday = (new Date(start).getUTCDay() + 6) % 7; // Monday is 0
  // The Thursday of a week decides its year (ISO 8601); week 1 holds January 4.
  const thursday = new Date(start + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  const week =
    1 +
    Math.round(((thursday.getTime() - jan4) / DAY_MS + jan4Weekday - 3) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The reminder milestone a deprecation is at on `today`, for consumers that are (after the sunset)
 * in violation; `undefined` when none is due.
 *
 * - Before the announcement: none.
 * - From the announcement until the first lead time: `announced`.
 * - Within a lead time before the sunset: `lead-N` for the smallest lead time N with
 *   sunset − N ≤ today (one milestone per window, so a deprecation first seen late sends one
 *   reminder, not all the earlier ones).
 * - After the sunset: `violation-YYYY-Www`, once per ISO week, for consumers in violation.
 *
 * @param options - with:
 *   - `leadDays`: the lead times in days, any order
 * @public
 */
export function reminderMilestone(options: {
  spec: Pick<DeprecationSpec, 'announced' | 'sunset'>;
  today: string;
  leadDays: readonly number[];
}): string | undefined {
  const { spec, today } = options;
  const phase = deprecationPhase(spec, today);
  if (phase === 'scheduled') {
    return undefined;
  }
  if (phase === 'sunset-passed') {
    return `violation-${isoWeek(today)}`;
  }
  const daysLeft = utcDaysBetween(today, spec.sunset);
  const lead = [...options.leadDays]
    .filter(days => daysLeft <= days)
    .sort((a, b) => a - b)[0];
  return lead === undefined ? 'announced' : `lead-${lead}`;
}
