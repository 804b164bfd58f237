import {
  MetricPullError,
  MetricPullRequest,
  MetricSourceKind,
} from '@platform-product/backstage-plugin-platform-product-node';

/** A pull of a Prometheus source; times in seconds since the epoch. */
export function pullRequest(
  query: string,
  kind: MetricSourceKind,
  start: number,
  end: number,
  stepSeconds: number,
  metricSourceRef?: string,
): MetricPullRequest {
  return {
    source: { type: 'Prometheus', spec: { query }, metricSourceRef },
    kind,
    start: new Date(start * 1000),
    end: new Date(end * 1000),
    stepSeconds,
    signal: AbortSignal.timeout(20_000),
  };
}

/** The MetricPullError a pull failed with; fails the test when it did not. */
export async function pullError(
  promise: Promise<unknown>,
): Promise<MetricPullError> {
  const error = await promise.then(
    () => undefined,
    e => e,
  );
  expect(error).toBeInstanceOf(MetricPullError);
  return error as MetricPullError;
}
