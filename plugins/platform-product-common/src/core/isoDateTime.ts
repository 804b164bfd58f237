import { describeValue } from './describeValue';
import { utcDayStart } from './utcDays';

const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * How an ISO 8601 date-time is written, for messages.
 *
 * @public
 */
export const ISO_DATE_TIME_EXAMPLE = '2026-12-01T09:00:00Z';

/**
 * The instant an ISO 8601 date-time with a time zone names, in milliseconds since the epoch:
 * `YYYY-MM-DDTHH:MM`, optionally `:SS` and a fraction, then `Z` or `±HH:MM`. `undefined` for
 * anything else, including impossible dates and times that `Date.parse` would quietly move
 * (`2026-02-30T00:00:00Z` is not 2 March, `T24:00` is not midnight, `:60` is not a second).
 *
 * @public
 */
export function parseIsoDateTime(value: string): number | undefined {
  const match = ISO_DATE_TIME.exec(value);
  if (!match) {
    return undefined;
  }
  const [
    ,
    day,
    hours,
    minutes,
    seconds = '00',
    ,
    zone,
    ,
    zoneHours,
    zoneMinutes,
  ] = match;
  if (
    utcDayStart(day) === undefined ||
    Number(hours) > 23 ||
    Number(minutes) > 59 ||
    Number(seconds) > 59 ||
    (zone !== 'Z' && (Number(zoneHours) > 23 || Number(zoneMinutes) > 59))
  ) {
    return undefined;
  }
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * The message for a field that should hold an ISO 8601 date-time and does not, e.g. "startsAt must
 * be an ISO 8601 date-time with a time zone, such as 2026-12-01T09:00:00Z, and a real date and
 * time — got "2026-02-30T09:00:00Z"".
 *
 * @param field - the field, e.g. `startsAt`
 * @param value - what it holds
 * @public
 */
export function isoDateTimeProblem(field: string, value: unknown): string {
  return `${field} must be an ISO 8601 date-time with a time zone, such as ${ISO_DATE_TIME_EXAMPLE}, on a real date and time — got ${describeValue(
    value,
  )}`;
}
