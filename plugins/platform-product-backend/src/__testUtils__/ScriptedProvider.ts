import {
  MetricProvider,
  MetricPullRequest,
  PulledSeries,
} from '@platform-product/backstage-plugin-platform-product-node';

/** The step tests pull with: 5 minutes. */
export const SCRIPTED_STEP_MS = 300_000;

/**
 * A metric provider of the type `Scripted` whose answers the test scripts: for each query, the
 * series' labels (`series`, one unlabelled series by default) and each step's value (`values`,
 * 99 for `good` and 100 for anything else by default). It records every request and can fail.
 */
export class ScriptedProvider implements MetricProvider {
  readonly types = ['Scripted'];
  readonly requests: MetricPullRequest[] = [];
  failure: Error | undefined;
  stepMs = SCRIPTED_STEP_MS;
  series: (query: string) => Array<Record<string, string>> = () => [{}];
  values: (
    query: string,
    ts: number,
    labels: Record<string, string>,
  ) => number = query => (query === 'good' ? 99 : 100);

  stepSeconds() {
    return this.stepMs / 1000;
  }

  async pull(req: MetricPullRequest): Promise<PulledSeries[]> {
    this.requests.push(req);
    if (this.failure) throw this.failure;
    const query = String(req.source.spec.query);
    return this.series(query).map(labels => {
      const points = [];
      for (
        let ts = req.start.getTime();
        ts <= req.end.getTime();
        ts += req.stepSeconds * 1000
      ) {
        points.push({
          timestamp: new Date(ts),
          value: this.values(query, ts, labels),
        });
      }
      return { labels, points };
    });
  }
}
