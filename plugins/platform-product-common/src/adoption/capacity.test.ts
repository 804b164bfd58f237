import { capacityUnlocked } from './capacity';

describe('capacityUnlocked', () => {
  it('multiplies the declared hours by the adopting teams', () => {
    expect(
      capacityUnlocked({ hoursSavedPerTeamPerMonth: 12, adoptingTeams: 15 }),
    ).toBe(180);
    expect(
      capacityUnlocked({ hoursSavedPerTeamPerMonth: 12, adoptingTeams: 0 }),
    ).toBe(0);
  });

  it('has no data when the platform declares no saving', () => {
    expect(capacityUnlocked({ adoptingTeams: 15 })).toBe(null);
    expect(
      capacityUnlocked({ hoursSavedPerTeamPerMonth: null, adoptingTeams: 15 }),
    ).toBe(null);
  });

  it('refuses negative or fractional team counts and negative hours', () => {
    expect(() =>
      capacityUnlocked({ hoursSavedPerTeamPerMonth: 1, adoptingTeams: -1 }),
    ).toThrow(
      new RangeError(
        'adoptingTeams must be a whole number of zero or more — got -1; pass the adopting team count',
      ),
    );
    expect(() =>
      capacityUnlocked({ hoursSavedPerTeamPerMonth: 1, adoptingTeams: 1.5 }),
    ).toThrow(RangeError);
    expect(() =>
      capacityUnlocked({ hoursSavedPerTeamPerMonth: -4, adoptingTeams: 2 }),
    ).toThrow(
      /hoursSavedPerTeamPerMonth must be a finite number of zero or more — got -4/,
    );
  });
});
