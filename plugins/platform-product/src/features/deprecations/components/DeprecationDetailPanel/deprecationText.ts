import type {
  DeprecationException,
  DeprecationSummary,
} from '@platform-product/backstage-plugin-platform-product-common';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Sunset on 2027-06-30 — 217 days left", or "… sunset passed 3 days ago". */
export function sunsetText(
  deprecation: Pick<DeprecationSummary, 'sunset' | 'daysToSunset'>,
): string {
  const { sunset, daysToSunset } = deprecation;
  if (daysToSunset > 0) {
    return `Sunset on ${sunset} — ${plural(daysToSunset, 'day')} left`;
  }
  if (daysToSunset === 0) {
    return `Sunset today (${sunset})`;
  }
  return `Sunset passed ${plural(-daysToSunset, 'day')} ago (${sunset})`;
}

/** What an exception's state means, for a consumer or a decider. */
export function exceptionText(exception: DeprecationException): string {
  switch (exception.state) {
    case 'requested':
      return `Exception requested until ${exception.requestedEnd}, awaiting a decision`;
    case 'approved':
      return `Exception approved until ${exception.requestedEnd}`;
    case 'denied':
      return `Exception denied: ${exception.decisionReason ?? ''}`;
    default:
      return `Exception expired on ${exception.requestedEnd}`;
  }
}
