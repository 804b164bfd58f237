import { describeValue, fieldPath } from '../core/describeValue';
import {
  InvestmentMix,
  InvestmentMixRow,
  ROADMAP_CATEGORIES,
  RoadmapCategory,
} from './roadmapModel';

/**
 * The problems of a declared investment mix, each naming the field: known categories only, whole
 * percentages from 0 to 100, summing to 100. Empty when the mix is valid.
 *
 * @param mix - the declared mix
 * @param path - where the mix sits, for the messages (e.g. `spec.investmentMix`)
 * @public
 */
export function investmentMixProblems(
  mix: Record<string, unknown>,
  path = 'investmentMix',
): string[] {
  const problems: string[] = [];
  let sum = 0;
  for (const [category, value] of Object.entries(mix)) {
    if (!(ROADMAP_CATEGORIES as readonly string[]).includes(category)) {
      problems.push(
        `${fieldPath(
          path,
          category,
        )} is not an investment category; use one of ${ROADMAP_CATEGORIES.join(
          ', ',
        )}`,
      );
      continue;
    }
    if (
      typeof value !== 'number' ||
      !Number.isInteger(value) ||
      value < 0 ||
      value > 100
    ) {
      problems.push(
        `${path}.${category} must be a whole percentage from 0 to 100 — got ${describeValue(
          value,
        )}`,
      );
      continue;
    }
    sum += value;
  }
  if (problems.length === 0 && sum !== 100) {
    problems.push(
      `${path} must sum to 100 — got ${sum}; e.g. new-capability: 70, reliability: 20, cost: 10`,
    );
  }
  return problems;
}

/**
 * Intended against actual investment: for each category that is declared or has Now items, the
 * declared percentage and the share of Now items in it (rounded to a whole percent), in the order
 * of {@link ROADMAP_CATEGORIES}.
 *
 * @param intended - the declared mix, or null when none is declared
 * @param nowItems - the items in the Now horizon (dropped items excluded by the caller)
 * @public
 */
export function computeInvestmentMix(
  intended: InvestmentMix | null,
  nowItems: ReadonlyArray<{ category: RoadmapCategory }>,
): InvestmentMixRow[] {
  const counts: Partial<Record<RoadmapCategory, number>> = {};
  for (const item of nowItems) {
    counts[item.category] = (counts[item.category] ?? 0) + 1;
  }
  return investmentMixFromCounts(intended, counts);
}

/**
 * {@link computeInvestmentMix} from counts of Now items by category: for several platforms at
 * once, say, with the counts summed.
 *
 * @param intended - the declared mix, or null when none is declared
 * @param counts - Now items by category
 * @public
 */
export function investmentMixFromCounts(
  intended: Partial<Record<RoadmapCategory, number>> | null,
  counts: Partial<Record<RoadmapCategory, number>>,
): InvestmentMixRow[] {
  const total = ROADMAP_CATEGORIES.reduce(
    (sum, category) => sum + (counts[category] ?? 0),
    0,
  );
  return ROADMAP_CATEGORIES.filter(
    category =>
      intended?.[category] !== undefined || (counts[category] ?? 0) > 0,
  ).map(category => {
    const count = counts[category] ?? 0;
    return {
      category,
      intended: intended?.[category] ?? 0,
      actual: total === 0 ? 0 : Math.round((count / total) * 100),
      nowItems: count,
    };
  });
}
