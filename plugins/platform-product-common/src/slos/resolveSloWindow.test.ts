import { resolveSloWindow } from './resolveSloWindow';

const at = (iso: string) => Date.parse(iso);
const iso = (window: { from: number; to: number }) => [
  new Date(window.from).toISOString(),
  new Date(window.to).toISOString(),
];

describe('resolveSloWindow', () => {
  it('ends a rolling window now', () => {
    const now = at('2026-03-10T12:00:00Z');
    expect(resolveSloWindow({ duration: '30d', isRolling: true }, now)).toEqual(
      {
        duration: '30d',
        isRolling: true,
        from: at('2026-02-08T12:00:00Z'),
        to: now,
        lengthMs: 30 * 24 * 3600_000,
      },
    );
  });

  it('takes the calendar month that contains now', () => {
    const window = resolveSloWindow(
      {
        duration: '1M',
        calendar: { startTime: '2026-01-01T00:00:00Z', timeZone: 'UTC' },
      },
      at('2026-03-10T12:00:00Z'),
    );
    expect(iso(window)).toEqual([
      '2026-03-01T00:00:00.000Z',
      '2026-04-01T00:00:00.000Z',
    ]);
    expect(window.lengthMs).toBe(31 * 24 * 3600_000);
    expect(window.isRolling).toBe(false);
  });

  it('follows the wall clock of the time zone across a daylight saving change', () => {
    // Berlin is UTC+1 in March until the 29th and UTC+2 in April.
    const window = resolveSloWindow(
      {
        duration: '1M',
        calendar: {
          startTime: '2026-01-01T00:00:00+01:00',
          timeZone: 'Europe/Berlin',
        },
      },
      at('2026-03-31T23:30:00Z'),
    );
    expect(iso(window)).toEqual([
      '2026-03-31T22:00:00.000Z',
      '2026-04-30T22:00:00.000Z',
    ]);
  });

  it('counts quarters and years from the start time', () => {
    const start = {
      startTime: '2025-02-01T00:00:00Z',
      timeZone: 'UTC',
    };
    expect(
      iso(
        resolveSloWindow(
          { duration: '1Q', calendar: start },
          at('2026-03-10T00:00:00Z'),
        ),
      ),
    ).toEqual(['2026-02-01T00:00:00.000Z', '2026-05-01T00:00:00.000Z']);
    expect(
      iso(
        resolveSloWindow(
          { duration: '1Y', calendar: start },
          at('2026-01-10T00:00:00Z'),
        ),
      ),
    ).toEqual(['2025-02-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z']);
  });

  it('caps the day at the end of shorter months', () => {
    const window = resolveSloWindow(
      {
        duration: '1M',
        calendar: { startTime: '2026-01-31T00:00:00Z', timeZone: 'UTC' },
      },
      at('2026-03-10T00:00:00Z'),
    );
    expect(iso(window)).toEqual([
      '2026-02-28T00:00:00.000Z',
      '2026-03-31T00:00:00.000Z',
    ]);
  });

  it('repeats fixed-length calendar windows every exact length, also before the start', () => {
    expect(
      iso(
        resolveSloWindow(
          {
            duration: '1w',
            calendar: { startTime: '2026-03-02T00:00:00Z', timeZone: 'UTC' },
          },
          at('2026-02-25T08:00:00Z'),
        ),
      ),
    ).toEqual(['2026-02-23T00:00:00.000Z', '2026-03-02T00:00:00.000Z']);
  });

  it('says what is wrong with an unknown time zone or start time', () => {
    expect(() =>
      resolveSloWindow(
        {
          duration: '1M',
          calendar: {
            startTime: '2026-01-01T00:00:00Z',
            timeZone: 'Mars/Olympus',
          },
        },
        at('2026-03-10T00:00:00Z'),
      ),
    ).toThrow(
      'calendar.timeZone must be an IANA time zone such as UTC or Europe/Berlin — got "Mars/Olympus"',
    );
    expect(() =>
      resolveSloWindow(
        { duration: '1M', calendar: { startTime: 'soon', timeZone: 'UTC' } },
        0,
      ),
    ).toThrow(/calendar.startTime must be an ISO 8601 time — got "soon"/);
  });
});
