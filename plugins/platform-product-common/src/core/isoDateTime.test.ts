import { isoDateTimeProblem, parseIsoDateTime } from './isoDateTime';

describe('parseIsoDateTime', () => {
  it.each([
    ['2026-12-01T09:00:00Z', '2026-12-01T09:00:00.000Z'],
    ['2026-12-01T09:00Z', '2026-12-01T09:00:00.000Z'],
    ['2026-12-01T09:00:00.123456789Z', '2026-12-01T09:00:00.123Z'],
    ['2026-12-01T09:00:00+05:30', '2026-12-01T03:30:00.000Z'],
    ['2028-02-29T23:59:59-01:00', '2028-03-01T00:59:59.000Z'],
  ])('reads %s', (text, iso) => {
    expect(new Date(parseIsoDateTime(text)!).toISOString()).toBe(iso);
  });

  it.each([
    '2026-02-30T00:00:00Z',
    '2026-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-00-10T00:00:00Z',
    '2026-12-01T24:00:00Z',
    '2026-12-01T23:60:00Z',
    '2026-12-01T23:59:60Z',
    '2026-12-01T09:00:00+24:00',
    '2026-12-01T09:00:00',
    '2026-12-01',
    '2026-12-01 09:00:00Z',
    'December 1, 2026',
    '',
  ])('refuses %p', text => {
    expect(parseIsoDateTime(text)).toBeUndefined();
  });

  it('names the field and the value, bounded', () => {
    expect(isoDateTimeProblem('startsAt', '2026-02-30T09:00:00Z')).toBe(
      'startsAt must be an ISO 8601 date-time with a time zone, such as 2026-12-01T09:00:00Z, on a real date and time — got "2026-02-30T09:00:00Z"',
    );
    expect(isoDateTimeProblem('endsAt', ['x'])).toMatch(/— got an array$/);
  });
});
