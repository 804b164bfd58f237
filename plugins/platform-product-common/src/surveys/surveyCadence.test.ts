import { cadenceRound } from './surveyCadence';

describe('cadenceRound', () => {
  const now = new Date('2026-11-25T10:00:00Z');

  it('opens the quarter on its first day for 14 days by default', () => {
    expect(cadenceRound({ cadence: 'quarterly', now })).toEqual({
      periodKey: '2026-Q4',
      title: 'Q4 2026',
      startsAt: new Date('2026-10-01T00:00:00Z'),
      endsAt: new Date('2026-10-15T00:00:00Z'),
    });
  });

  it('names months and half-years', () => {
    expect(
      cadenceRound({ cadence: 'monthly', now, durationDays: 7 }),
    ).toMatchObject({
      periodKey: '2026-11',
      title: 'November 2026',
      endsAt: new Date('2026-11-08T00:00:00Z'),
    });
    expect(cadenceRound({ cadence: 'half-yearly', now })).toMatchObject({
      periodKey: '2026-H2',
      title: 'H2 2026',
      startsAt: new Date('2026-07-01T00:00:00Z'),
    });
  });

  it('never lasts past the end of its period', () => {
    expect(
      cadenceRound({
        cadence: 'monthly',
        now: new Date('2026-02-03T00:00:00Z'),
        durationDays: 90,
      }).endsAt,
    ).toEqual(new Date('2026-03-01T00:00:00Z'));
  });
});
