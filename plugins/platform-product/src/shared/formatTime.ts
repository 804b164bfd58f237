const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  dateStyle: 'medium',
  timeStyle: 'short',
});

const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** A time as the suite shows it, in UTC: "3 Mar 2025, 09:30 UTC". */
export function formatUtcDateTime(iso: string): string {
  return `${dateTimeFormat.format(new Date(iso))} UTC`;
}

// [size of the unit in ms, its name], largest first.
const units: Array<[number, Intl.RelativeTimeFormatUnit]> = [
  [365 * 24 * 60 * 60 * 1000, 'year'],
  [30 * 24 * 60 * 60 * 1000, 'month'],
  [24 * 60 * 60 * 1000, 'day'],
  [60 * 60 * 1000, 'hour'],
  [60 * 1000, 'minute'],
];

/**
 * How long ago a time was, in the largest whole unit: "5 minutes ago", "3 hours ago",
 * "yesterday"; "just now" under a minute (either way, so that a clock a little ahead reads alike).
 */
export function formatTimeAgo(iso: string, now: number = Date.now()): string {
  const elapsed = now - new Date(iso).getTime();
  for (const [size, unit] of units) {
    if (Math.abs(elapsed) >= size) {
      return relativeFormat.format(-Math.trunc(elapsed / size), unit);
    }
  }
  return 'just now';
}
