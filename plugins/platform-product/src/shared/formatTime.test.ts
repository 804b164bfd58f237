import { formatTimeAgo, formatUtcDateTime } from './formatTime';

const now = Date.parse('2026-12-01T10:00:00Z');

describe('formatTimeAgo', () => {
  it.each([
    ['2026-12-01T09:59:30Z', 'just now'],
    ['2026-12-01T10:00:20Z', 'just now'],
    ['2026-12-01T09:59:00Z', '1 minute ago'],
    ['2026-12-01T09:01:00Z', '59 minutes ago'],
    ['2026-12-01T07:00:00Z', '3 hours ago'],
    ['2026-11-30T09:00:00Z', 'yesterday'],
    ['2026-11-20T10:00:00Z', '11 days ago'],
    ['2026-08-01T10:00:00Z', '4 months ago'],
    ['2024-11-01T10:00:00Z', '2 years ago'],
    ['2026-12-01T10:05:00Z', 'in 5 minutes'],
  ])('%s is %s', (iso, text) => {
    expect(formatTimeAgo(iso, now)).toBe(text);
  });
});

describe('formatUtcDateTime', () => {
  it('shows the time in UTC, whatever the zone of the browser', () => {
    expect(formatUtcDateTime('2026-12-01T23:30:00-02:00')).toBe(
      '2 Dec 2026, 01:30 UTC',
    );
  });
});
