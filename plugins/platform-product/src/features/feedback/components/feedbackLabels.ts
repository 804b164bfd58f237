import { parseEntityRef } from '@backstage/catalog-model';
import type {
  FeedbackEvidenceSummary,
  FeedbackSource,
} from '@platform-product/backstage-plugin-platform-product-common';

/** How feedback sources read in the UI. */
export const SOURCE_LABELS: Record<FeedbackSource, string> = {
  survey: 'Survey comment',
  'office-hours': 'Office hours',
  interview: 'Interview',
  support: 'Support',
  other: 'Other',
};

/** `persona:default/sre-oncall` → `sre-oncall`. */
export const refName = (ref: string) => parseEntityRef(ref).name;

/** "Backed by 3 pieces of feedback", or that none backs it yet. */
export function evidenceHeadline(summary: FeedbackEvidenceSummary): string {
  if (summary.count === 0) return 'No feedback backs this item yet';
  return `Backed by ${summary.count} piece${
    summary.count === 1 ? '' : 's'
  } of feedback`;
}

/** "sre-oncall (2), feature-engineer (1)". */
export function segmentCounts(
  counts: FeedbackEvidenceSummary['personas'],
): string {
  return counts
    .map(({ ref, count }) => `${refName(ref)} (${count})`)
    .join(', ');
}
