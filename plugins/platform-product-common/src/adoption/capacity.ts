import { assertNonNegative } from '../core/assertions';

/**
 * The engineering hours a platform gives back each month: declared hours saved per adopting team
 * per month × adopting teams. 12 hours a team and 15 adopting teams unlock 180 hours a month.
 *
 * @param options - with:
 *   - `hoursSavedPerTeamPerMonth`: `spec.platform.hoursSavedPerTeamPerMonth`, if declared
 *   - `adoptingTeams`: teams that adopt the platform, a whole number
 * @returns hours a month, or `null` when the platform declares no saving
 * @public
 */
export function capacityUnlocked(options: {
  hoursSavedPerTeamPerMonth?: number | null;
  adoptingTeams: number;
}): number | null {
  const { hoursSavedPerTeamPerMonth, adoptingTeams } = options;
  if (!Number.isInteger(adoptingTeams) || adoptingTeams < 0) {
    throw new RangeError(
      `adoptingTeams must be a whole number of zero or more — got ${adoptingTeams}; pass the adopting team count`,
    );
  }
  if (
    hoursSavedPerTeamPerMonth === undefined ||
    hoursSavedPerTeamPerMonth === null
  ) {
    return null;
  }
  assertNonNegative(hoursSavedPerTeamPerMonth, 'hoursSavedPerTeamPerMonth');
  return hoursSavedPerTeamPerMonth * adoptingTeams;
}
