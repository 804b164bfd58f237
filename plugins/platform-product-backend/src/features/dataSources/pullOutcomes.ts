import {
  DataSourceProblem,
  METRICS_ID_ANNOTATION,
  PulledSource,
} from '@platform-product/backstage-plugin-platform-product-common';

/** What one pull of one source did. */
export interface PullOutcome {
  metric: string;
  points: number;
  problem: DataSourceProblem | null;
  error: string | null;
}

/** A failed pull's problem and words: the provider's own, a timeout, or the error as it is. */
export function describeFailure(
  error: unknown,
  timeoutMs: number,
): { problem: DataSourceProblem; message: string } {
  const failure = error as {
    name?: string;
    problem?: DataSourceProblem;
    message?: string;
  };
  if (failure?.name === 'MetricPullError' && failure.problem) {
    return { problem: failure.problem, message: String(failure.message) };
  }
  if (failure?.name === 'TimeoutError' || failure?.name === 'AbortError') {
    return {
      problem: 'timeout',
      message: `No answer within ${
        timeoutMs / 1000
      } s; the server may be overloaded, or the query too heavy for the range`,
    };
  }
  return { problem: 'failed', message: String(failure?.message ?? error) };
}

/** The outcome of a per-consumer pull some of whose series named no consumer service. */
export function unmappedOutcome(
  points: number,
  unmapped: readonly string[],
  source: PulledSource,
): Omit<PullOutcome, 'metric'> {
  const shown = unmapped.slice(0, 5).join(', ');
  const more = unmapped.length > 5 ? ` and ${unmapped.length - 5} more` : '';
  const label = source.feeds === 'kpi' ? source.entityLabel : 'service';
  return {
    points,
    problem: 'unmapped',
    error: `${
      unmapped.length === 1
        ? '1 series names'
        : `${unmapped.length} series name`
    } no consumer service of the platform (${shown}${more}) and ${
      unmapped.length === 1 ? 'was' : 'were'
    } left out; give the service the annotation ${METRICS_ID_ANNOTATION} with the value of its "${label}" label, or set the source's entityLabel to the label that names it`,
  };
}
