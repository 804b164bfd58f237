import {
  AdoptionCounts,
  formatKpiValue,
  formatPercent,
} from '@platform-product/backstage-plugin-platform-product-common';

/** What every figure of the portfolio says when the backend has none. */
export const NO_DATA = 'no data';

/** A share of teams as the portfolio shows it, "72.5 %"; "no data" without an audience. */
export function ratioText(ratio: number | null): string {
  return ratio === null ? NO_DATA : formatPercent(ratio, 1);
}

/** Adopting among the audience, "4 of 5". */
export function countsText(counts: AdoptionCounts): string {
  return `${counts.adopting} of ${counts.audience}`;
}

/**
 * A change of adoption in percentage points with its direction, "▲ +5 pts", "▼ -2.5 pts",
 * "0 pts"; "no data" without an earlier figure. `change` is in ratio units (0.05 = 5 points).
 */
export function changeText(change: number | null): string {
  if (change === null) return NO_DATA;
  const points = `${formatKpiValue('score', change * 100)} pts`;
  if (change > 0) return `▲ ${points}`;
  if (change < 0) return `▼ ${points}`;
  return points;
}
