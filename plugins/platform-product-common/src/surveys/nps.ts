/**
 * Where one answer to "how likely are you to recommend…" (0–10) falls.
 *
 * @public
 */
export type NpsCategory = 'promoter' | 'passive' | 'detractor';

/**
 * Below this many responses an NPS is shown, but flagged as not readable: the margin of error is
 * too wide to act on.
 *
 * @public
 */
export const NPS_MIN_READABLE_RESPONSES = 10;

/**
 * The category of one NPS answer: 9–10 promoter, 7–8 passive, 0–6 detractor.
 *
 * @param score - a whole number from 0 to 10
 * @public
 */
export function npsCategory(score: number): NpsCategory {
  if (!Number.isInteger(score) || score < 0 || score > 10) {
    throw new RangeError(
      `an NPS score must be a whole number from 0 to 10 — got ${score}; round the answer or drop it`,
    );
  }
  if (score >= 9) {
    return 'promoter';
  }
  return score >= 7 ? 'passive' : 'detractor';
}

/**
 * A net promoter score with its sample size and 95 % margin of error.
 *
 * @public
 */
export interface NpsResult {
  /** Responses counted. */
  n: number;
  /** Responses of 9 or 10. */
  promoters: number;
  /** Responses of 7 or 8. */
  passives: number;
  /** Responses of 0 to 6. */
  detractors: number;
  /** 100 × (share of promoters − share of detractors), from −100 to 100; `null` without responses. */
  nps: number | null;
  /** Half-width of the 95 % confidence interval, in NPS points; `null` without responses. */
  marginOfError95: number | null;
  /** At least {@link NPS_MIN_READABLE_RESPONSES} responses. */
  readable: boolean;
}

/**
 * Computes the net promoter score of a set of answers: NPS = 100 × (p − d), where p and d are the
 * shares of promoters and detractors. The margin of error is 1.96 × √variance × 100, with
 * variance = (p + d − (p − d)²) / n. Ten answers [10, 10, 10, 9, 8, 7, 6, 5, 0, 8] give p = 0.4,
 * d = 0.3, NPS = 10, variance 0.069 and a margin of ±51.5 points.
 *
 * Give one answer per person (the latest); de-duplication is the caller's job.
 *
 * @param scores - the answers, whole numbers from 0 to 10
 * @public
 */
export function computeNps(scores: readonly number[]): NpsResult {
  const counts = { promoter: 0, passive: 0, detractor: 0 };
  for (const score of scores) {
    counts[npsCategory(score)] += 1;
  }
  const n = scores.length;
  const result = {
    n,
    promoters: counts.promoter,
    passives: counts.passive,
    detractors: counts.detractor,
    readable: n >= NPS_MIN_READABLE_RESPONSES,
  };
  if (n === 0) {
    return { ...result, nps: null, marginOfError95: null };
  }
  const p = counts.promoter / n;
  const d = counts.detractor / n;
  const variance = (p + d - (p - d) ** 2) / n;
  return {
    ...result,
    nps: (100 * (counts.promoter - counts.detractor)) / n,
    marginOfError95: 1.96 * Math.sqrt(variance) * 100,
  };
}
