import { assertFraction, assertNonNegative } from '../core/assertions';

/**
 * A stage of Rogers' diffusion-of-innovations curve.
 *
 * @public
 */
export type AdoptionStage =
  | 'innovators'
  | 'early-adopters'
  | 'early-majority'
  | 'late-majority'
  | 'laggards';

/**
 * The adoption ratio below which each stage lies (Rogers: 2.5 %, 16 %, 50 %, 84 %); from 0.84 up
 * the stage is `laggards`.
 *
 * @public
 */
export const ADOPTION_STAGE_THRESHOLDS: ReadonlyArray<{
  readonly stage: Exclude<AdoptionStage, 'laggards'>;
  readonly below: number;
}> = [
  { stage: 'innovators', below: 0.025 },
  { stage: 'early-adopters', below: 0.16 },
  { stage: 'early-majority', below: 0.5 },
  { stage: 'late-majority', below: 0.84 },
];

/**
 * The stage an adoption ratio has reached: below 0.025 innovators, below 0.16 early adopters,
 * below 0.5 early majority, below 0.84 late majority, then laggards.
 *
 * @param ratio - adopting / audience, a fraction in [0, 1]
 * @public
 */
export function adoptionStage(ratio: number): AdoptionStage {
  assertFraction(ratio, 'ratio');
  return (
    ADOPTION_STAGE_THRESHOLDS.find(t => ratio < t.below)?.stage ?? 'laggards'
  );
}

/**
 * The share of an audience that adopts: adopting / audience. Used for teams (adopting teams /
 * audience teams) and services (consumer services / services of audience teams), now and in the
 * daily snapshots. 3 adopting teams of 5 is 0.6.
 *
 * @param adopting - how many of the audience adopt, zero or more
 * @param audience - how many there are, at least `adopting`
 * @returns the ratio in [0, 1], or `null` when the audience is empty (no audience, not 0 %)
 * @public
 */
export function adoptionRatio(
  adopting: number,
  audience: number,
): number | null {
  assertNonNegative(adopting, 'adopting');
  assertNonNegative(audience, 'audience');
  if (adopting > audience) {
    throw new RangeError(
      `adopting (${adopting}) must not be more than audience (${audience}); count only the adopters that are in the audience`,
    );
  }
  return audience === 0 ? null : adopting / audience;
}
