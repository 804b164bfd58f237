import { LoggerService } from '@backstage/backend-plugin-api';
import {
  DAY_MS,
  DataSourceProblem,
  parseDuration,
  SloMetricSource,
  sloMetricSources,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  MetricProvider,
  PulledSeries,
} from '@platform-product/backstage-plugin-platform-product-node';
import { createHash } from 'node:crypto';
import { ResolvedPlatform } from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { canonicalLabels, MetricStore } from '../../core/metrics';
import { DataSourceStore } from './DataSourceStore';
import { MetricProviderRegistry } from './MetricProviderRegistry';

/** The step a source is pulled with when its provider says nothing: 5 minutes. */
export const DEFAULT_STEP_SECONDS = 300;

/** How many pulls run at once across all platforms. */
export const PULL_CONCURRENCY = 4;

/** The longest a calendar window (M, Q, Y) can be, for the first pull's backfill. */
const CALENDAR_MS: Record<string, number> = {
  M: 31 * DAY_MS,
  Q: 92 * DAY_MS,
  Y: 366 * DAY_MS,
};

/** How far back a window reaches: a fixed duration, or the longest a calendar one can be. */
export function windowMs(window: string): number {
  const calendar = /^(\d+)([MQY])$/.exec(window);
  if (calendar) {
    return Number(calendar[1]) * CALENDAR_MS[calendar[2]];
  }
  return parseDuration(window);
}

/** What one pull of one source did. */
export interface PullOutcome {
  metric: string;
  points: number;
  problem: DataSourceProblem | null;
  error: string | null;
}

/**
 * Pulls the SLO metrics that platforms declare with an OpenSLO `metricSource`, through the
 * provider registered for the source's type, and stores the points like pushed ones — on the
 * platform entity, under the SLO's pulled metric name, so every computation reads them unchanged.
 *
 * - Range: the first pull (or the first after the source or its step changed, which first deletes
 *   the points pulled before) backfills the SLO's window; later
 *   pulls resume from the last step pulled, which is pulled again, so that a step still filling at
 *   the previous pull gets its final value. Steps are aligned to multiples of the step since the
 *   epoch, so a repeated or overlapping pull writes the same points again: it never counts twice.
 * - Several series in an answer are summed per step; values that are no numbers are left out and
 *   reported.
 * - Every outcome is stored per source with its problem in words (see {@link DataSourceStore}).
 *
 * @internal
 */
export class MetricPullService {
  constructor(
    private readonly options: {
      registry: MetricProviderRegistry;
      store: DataSourceStore;
      metrics: MetricStore;
      graphs: PlatformGraphProvider;
      logger: LoggerService;
      now: () => Date;
      pullTimeoutMs: number;
      onPulled: (platformRef: string) => void;
    },
  ) {}

  /** The scheduled task: pulls every source of every platform, a few at a time. */
  async pullAll(): Promise<void> {
    const graph = await this.options.graphs.get();
    const jobs = graph
      .platforms()
      .flatMap(platform =>
        sloMetricSources(platform.spec).map(source => ({ platform, source })),
      );
    const outcomes = await mapWithConcurrency(jobs, PULL_CONCURRENCY, job =>
      this.pullSource(job.platform, job.source),
    );
    const failed = outcomes.filter(o => o.problem !== null).length;
    if (jobs.length > 0) {
      this.options.logger.info(
        `Pulled ${jobs.length - failed} of ${
          jobs.length
        } metric sources (${outcomes.reduce(
          (sum, o) => sum + o.points,
          0,
        )} points)${
          failed > 0
            ? `; ${failed} failed, see the Data sources of their platforms`
            : ''
        }`,
      );
    }
  }

  /** Pulls every source of one platform now (the owners' "Pull now"). */
  async pullPlatform(platform: ResolvedPlatform): Promise<PullOutcome[]> {
    return mapWithConcurrency(
      sloMetricSources(platform.spec),
      PULL_CONCURRENCY,
      source => this.pullSource(platform, source),
    );
  }

  /** Pulls one source and records the outcome; never throws. */
  async pullSource(
    platform: Pick<ResolvedPlatform, 'ref'>,
    source: SloMetricSource,
  ): Promise<PullOutcome> {
    const { store, registry } = this.options;
    const now = this.options.now().getTime();
    const provider = registry.forType(source.source.type);
    const stepMs = provider ? stepSecondsOf(provider, source) * 1000 : 0;
    const sourceHash = hashSource(source, stepMs);
    const previous = await store.get(platform.ref, source.metric);
    const resume =
      previous && previous.sourceHash === sourceHash ? previous : undefined;
    const record = async (
      outcome: Omit<PullOutcome, 'metric'>,
      pulledUntil: number | null,
    ): Promise<PullOutcome> => {
      await store.put({
        platformRef: platform.ref,
        metric: source.metric,
        sourceHash,
        lastAttemptAt: now,
        lastSuccessAt:
          outcome.problem === null ? now : resume?.lastSuccessAt ?? null,
        pulledUntil,
        problem: outcome.problem,
        error: outcome.error,
      });
      return { metric: source.metric, ...outcome };
    };

    if (!provider) {
      const served = registry.types();
      return record(
        {
          points: 0,
          problem: 'no-provider',
          error: `No metric provider serves the type ${source.source.type}${
            served.length ? ` (installed: ${served.join(', ')})` : ''
          }; add its backend module, e.g. the Prometheus module, to the backend`,
        },
        resume?.pulledUntil ?? null,
      );
    }
    const problems = provider.validate?.(source.source) ?? [];
    if (problems.length > 0) {
      return record(
        { points: 0, problem: 'misconfigured', error: problems.join('; ') },
        resume?.pulledUntil ?? null,
      );
    }
    if (previous && !resume) {
      // The declaration or the step changed: the points pulled before are on another grid or from
      // another query; the backfill below replaces them all, so none is counted twice.
      await this.options.metrics.deleteMetric(platform.ref, source.metric);
    }
    const end = Math.floor(now / stepMs) * stepMs;
    const earliest =
      end - Math.floor(windowMs(source.window) / stepMs) * stepMs;
    const start = Math.max(earliest, resume?.pulledUntil ?? earliest);
    try {
      const series = await provider.pull({
        source: source.source,
        kind: source.kind,
        start: new Date(start),
        end: new Date(end),
        stepSeconds: stepMs / 1000,
        signal: AbortSignal.timeout(this.options.pullTimeoutMs),
      });
      const { points, skipped } = sumPerStep(series, stepMs);
      if (series.length === 0 || points.size + skipped === 0) {
        return record(
          {
            points: 0,
            problem: 'empty',
            error: `The query matched no series between ${new Date(
              start,
            ).toISOString()} and ${new Date(
              end,
            ).toISOString()}; check its metric and label names in ${
              source.source.type
            }`,
          },
          resume?.pulledUntil ?? null,
        );
      }
      const labels = canonicalLabels({});
      await this.options.metrics.upsertMetricPoints(
        [...points].map(([ts, value]) => ({
          entityRef: platform.ref,
          metric: source.metric,
          ts,
          value,
          ...labels,
        })),
        now,
      );
      this.options.onPulled(platform.ref);
      return record(
        skipped > 0
          ? {
              points: points.size,
              problem: 'invalid-value',
              error: `${skipped} of ${
                points.size + skipped
              } steps had values that are no numbers (NaN or ±Inf) and were left out; check the query, e.g. a division by zero`,
            }
          : { points: points.size, problem: null, error: null },
        end,
      );
    } catch (error) {
      const { problem, message } = describeFailure(
        error,
        this.options.pullTimeoutMs,
      );
      return record(
        { points: 0, problem, error: message },
        resume?.pulledUntil ?? null,
      );
    }
  }
}

/** A failed pull's problem and words: the provider's own, a timeout, or the error as it is. */
function describeFailure(
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

function stepSecondsOf(
  provider: MetricProvider,
  source: SloMetricSource,
): number {
  const step = provider.stepSeconds?.(source.source);
  return step !== undefined && Number.isInteger(step) && step > 0
    ? step
    : DEFAULT_STEP_SECONDS;
}

/** The sum of the series at each step (timestamps rounded to the step); counts non-numbers. */
function sumPerStep(
  series: readonly PulledSeries[],
  stepMs: number,
): { points: Map<number, number>; skipped: number } {
  const points = new Map<number, number>();
  const bad = new Set<number>();
  for (const { points: values } of series) {
    for (const { timestamp, value } of values) {
      const ts = Math.round(timestamp.getTime() / stepMs) * stepMs;
      if (!Number.isFinite(value)) {
        bad.add(ts);
        continue;
      }
      points.set(ts, (points.get(ts) ?? 0) + value);
    }
  }
  for (const ts of bad) {
    points.delete(ts);
  }
  return { points, skipped: bad.size };
}

/** What a source's pulled points depend on: its declaration and its step. */
function hashSource(source: SloMetricSource, stepMs: number): string {
  return createHash('sha256')
    .update(JSON.stringify([source.kind, source.window, source.source, stepMs]))
    .digest('hex');
}

async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, worker),
  );
  return results;
}
