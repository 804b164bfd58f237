import {
  addUtcDays,
  isUtcDay,
  toUtcDay,
  utcDayStart,
  utcDaysBetween,
} from './utcDays';

describe('UTC days', () => {
  const now = Date.parse('2026-03-10T23:59:00Z');

  it('converts between days and instants', () => {
    expect(toUtcDay(now)).toBe('2026-03-10');
    expect(utcDayStart('2026-03-10')).toBe(Date.parse('2026-03-10T00:00:00Z'));
    expect(utcDayStart('2026-3-10')).toBeUndefined();
    expect(utcDayStart('2026-02-30')).toBeUndefined();
    expect(isUtcDay('2026-02-28')).toBe(true);
    expect(isUtcDay('2026-02-29')).toBe(false);
  });

  it('adds and counts days across month and year ends', () => {
    expect(addUtcDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addUtcDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(utcDaysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(utcDaysBetween('2027-01-01', '2026-12-31')).toBe(-1);
  });

  it('refuses a day that is not a real date, saying how to write one', () => {
    expect(() => addUtcDays('2026-02-30', 1)).toThrow(
      new RangeError('expected a date written YYYY-MM-DD — got "2026-02-30"'),
    );
    expect(() => utcDaysBetween('2026-01-01', 'soon')).toThrow(RangeError);
  });
});
