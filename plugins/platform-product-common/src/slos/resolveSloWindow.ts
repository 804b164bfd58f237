import type { SloTimeWindow } from '../catalog/types';
import { describeValue } from '../core/describeValue';
import { parseDuration } from '../core/duration';

/**
 * The time an SLO is judged over, now.
 *
 * @public
 */
export interface SloWindow {
  duration: string;
  isRolling: boolean;
  /** Start, in milliseconds since the epoch. */
  from: number;
  /** End (exclusive): now for a rolling window, the end of the current period for a calendar one. */
  to: number;
  /** to − from: the full length of the window, which the error budget is spread over. */
  lengthMs: number;
}

const MONTHS_PER_UNIT: Record<string, number> = { M: 1, Q: 3, Y: 12 };

/**
 * Resolves an OpenSLO time window at `now`.
 *
 * - Rolling (`isRolling: true`): the `duration` that ends now.
 * - Calendar (`calendar: { startTime, timeZone }`): the period that contains now, in the sequence of
 *   periods of `duration` that starts at `startTime`. Months, quarters and years (`1M`, `1Q`, `1Y`)
 *   follow the wall clock of `timeZone` (an IANA name such as `Europe/Berlin`), so a monthly window
 *   starting 2026-01-01T00:00 in Berlin restarts at midnight Berlin time on the first of every month;
 *   fixed units (`d`, `w`, …) repeat every exact length.
 *
 * @param timeWindow - the SLO's `timeWindow[0]`
 * @param now - the moment, in milliseconds since the epoch
 * @throws RangeError when the duration, start time or time zone cannot be read
 * @public
 */
export function resolveSloWindow(
  timeWindow: SloTimeWindow,
  now: number,
): SloWindow {
  const { duration, calendar } = timeWindow;
  if (timeWindow.isRolling || !calendar) {
    const lengthMs = parseDuration(duration);
    return {
      duration,
      isRolling: true,
      from: now - lengthMs,
      to: now,
      lengthMs,
    };
  }
  const start = Date.parse(calendar.startTime);
  if (Number.isNaN(start)) {
    throw new RangeError(
      `calendar.startTime must be an ISO 8601 time — got ${describeValue(
        calendar.startTime,
      )}`,
    );
  }
  const match = /^([1-9][0-9]*)([MQY])$/.exec(duration);
  if (!match) {
    const lengthMs = parseDuration(duration);
    const from = start + Math.floor((now - start) / lengthMs) * lengthMs;
    return { duration, isRolling: false, from, to: from + lengthMs, lengthMs };
  }
  const step = Number(match[1]) * MONTHS_PER_UNIT[match[2]];
  const zone = calendar.timeZone;
  const origin = wallClock(start, zone);
  const boundary = (period: number) =>
    zonedTimeToUtc({ ...origin, month: origin.month + period * step }, zone);
  const nowWall = wallClock(now, zone);
  let period = Math.floor(
    (nowWall.year * 12 + nowWall.month - (origin.year * 12 + origin.month)) /
      step,
  );
  while (boundary(period) > now) {
    period -= 1;
  }
  while (boundary(period + 1) <= now) {
    period += 1;
  }
  const from = boundary(period);
  const to = boundary(period + 1);
  return { duration, isRolling: false, from, to, lengthMs: to - from };
}

/** A wall-clock time; `month` is 0-based and may run past 11 (it carries into the year). */
interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new RangeError(
        `calendar.timeZone must be an IANA time zone such as UTC or Europe/Berlin — got ${describeValue(
          timeZone,
        )}`,
      );
    }
    formatters.set(timeZone, format);
  }
  return format;
}

function wallClock(ms: number, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(ms))
      .map(part => [part.type, Number(part.value)]),
  );
  return {
    year: parts.year,
    month: parts.month - 1,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
    millisecond: ((ms % 1000) + 1000) % 1000,
  };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function zoneOffset(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  return (
    Date.UTC(
      w.year,
      w.month,
      w.day,
      w.hour,
      w.minute,
      w.second,
      w.millisecond,
    ) - ms
  );
}

/**
 * The instant a wall-clock time in a zone stands for. The day is capped at the month's last day
 * (a monthly window that starts on the 31st restarts on the 30th in April).
 */
function zonedTimeToUtc(wall: WallClock, timeZone: string): number {
  const year = wall.year + Math.floor(wall.month / 12);
  const month = ((wall.month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const asUtc = Date.UTC(
    year,
    month,
    Math.min(wall.day, lastDay),
    wall.hour,
    wall.minute,
    wall.second,
    wall.millisecond,
  );
  const guess = asUtc - zoneOffset(asUtc, timeZone);
  return asUtc - zoneOffset(guess, timeZone);
}
