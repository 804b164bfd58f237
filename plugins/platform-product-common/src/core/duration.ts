const UNIT_MS: Record<string, number> = {
  s: 1000,
  m: 60 * 1000,
  h: 60 * 60 * 1000,
  d: 24 * 60 * 60 * 1000,
  w: 7 * 24 * 60 * 60 * 1000,
};

/**
 * Units a calendar-aligned SLO window may use on top of the fixed-length ones.
 *
 * @public
 */
export const CALENDAR_UNITS = ['M', 'Q', 'Y'] as const;

const DURATION_PATTERN = /^([1-9][0-9]*)([smhdwMQY])$/;

/**
 * Whether a string is a duration such as `30d`, `15m`, `1w`; calendar units (`M`, `Q`, `Y`) are
 * accepted only when `allowCalendar` is set.
 *
 * @public
 */
export function isDuration(
  value: unknown,
  options?: { allowCalendar?: boolean },
): value is string {
  if (typeof value !== 'string') {
    return false;
  }
  const match = DURATION_PATTERN.exec(value);
  if (!match) {
    return false;
  }
  return options?.allowCalendar || match[2] in UNIT_MS;
}

/**
 * Converts a fixed-length duration (`30d`, `1h`, `5m`, `1w`, `10s`) to milliseconds.
 * Calendar units (`1M`, `1Q`, `1Y`) have no fixed length and are refused.
 *
 * @public
 */
export function parseDuration(value: string): number {
  const match = DURATION_PATTERN.exec(value);
  if (!match || !(match[2] in UNIT_MS)) {
    throw new RangeError(
      `"${value}" is not a duration; write a whole number and one of s, m, h, d, w, e.g. 30d or 15m`,
    );
  }
  return Number(match[1]) * UNIT_MS[match[2]];
}
