import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  DAY_MS,
  METRICS_ID_ANNOTATION,
  parseDuration,
  PULLED_ENTITY_LABEL,
  PulledSource,
  pulledSources,
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
import { describeFailure, PullOutcome, unmappedOutcome } from './pullOutcomes';
import { mapWithConcurrency } from '../../core/mapWithConcurrency';
import {
  consumerLabelIndex,
  SeriesConsumer,
  splitByConsumer,
  StepPoints,
  sumPerStep,
} from './pulledPoints';

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

/**
 * Pulls the SLO metrics that platforms declare with an OpenSLO `metricSource`, and the well-known
 * metrics they declare in `kpiSources`, through the provider registered for the source's type, and
 * stores the points like pushed ones — on the platform entity, under the source's pulled metric
 * name, so every computation reads them unchanged. A per-consumer source's series are mapped to
 * the platform's consumer services by a label and stored one series per service (label
 * `entity`); a series that names no consumer is left out and reported.
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
      catalog: CatalogService;
      auth: AuthService;
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
        pulledSources(platform.spec).map(source => ({ platform, source })),
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
      pulledSources(platform.spec),
      PULL_CONCURRENCY,
      source => this.pullSource(platform, source),
    );
  }

  /** Pulls one source and records the outcome; never throws. */
  async pullSource(
    platform: Pick<ResolvedPlatform, 'ref'>,
    source: PulledSource,
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
        // A pull that stored points succeeded for them, even when it left some out (NaN values,
        // unmapped series); its problem still says what was left out.
        lastSuccessAt:
          outcome.problem === null || outcome.points > 0
            ? now
            : resume?.lastSuccessAt ?? null,
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
      const split = await this.splitSeries(
        platform.ref,
        source,
        series,
        stepMs,
      );
      const stepsStored = split.rows.length;
      if (series.length === 0 || stepsStored + split.skipped === 0) {
        if (split.unmapped.length > 0) {
          return record(
            unmappedOutcome(0, split.unmapped, source),
            resume?.pulledUntil ?? null,
          );
        }
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
      await this.options.metrics.upsertMetricPoints(
        split.rows.map(row => ({
          entityRef: platform.ref,
          metric: source.metric,
          ...row,
        })),
        now,
      );
      this.options.onPulled(platform.ref);
      if (split.unmapped.length > 0) {
        return record(
          unmappedOutcome(stepsStored, split.unmapped, source),
          end,
        );
      }
      return record(
        split.skipped > 0
          ? {
              points: stepsStored,
              problem: 'invalid-value',
              error: `${split.skipped} of ${
                stepsStored + split.skipped
              } steps had values that are no numbers (NaN or ±Inf) and were left out; check the query, e.g. a division by zero`,
            }
          : { points: stepsStored, problem: null, error: null },
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

  /**
   * The rows to store for an answer: one series summed per step, or for a per-consumer source one
   * series per consumer service (label `entity`), with the series that name none.
   */
  private async splitSeries(
    platformRef: string,
    source: PulledSource,
    series: readonly PulledSeries[],
    stepMs: number,
  ): Promise<{
    rows: Array<{
      ts: number;
      value: number;
      labels: string;
      labelsHash: string;
    }>;
    skipped: number;
    unmapped: string[];
  }> {
    const rowsOf = (points: StepPoints, labels: Record<string, string>) => {
      const canonical = canonicalLabels(labels);
      return [...points].map(([ts, value]) => ({ ts, value, ...canonical }));
    };
    if (source.feeds === 'slo' || source.scope === 'platform') {
      const { points, skipped } = sumPerStep(series, stepMs);
      return { rows: rowsOf(points, {}), skipped, unmapped: [] };
    }
    const index = consumerLabelIndex(await this.consumerServices(platformRef));
    const split = splitByConsumer({
      series,
      label: source.entityLabel ?? 'service',
      index,
      stepMs,
    });
    return {
      rows: [...split.byEntity].flatMap(([entityRef, points]) =>
        rowsOf(points, { [PULLED_ENTITY_LABEL]: entityRef }),
      ),
      skipped: split.skipped,
      unmapped: split.unmapped,
    };
  }

  /**
   * The platform's consumer services, with the name and metrics-id annotation their series may be
   * labelled by: the consumers from the cached graph, their annotations read from the catalog
   * for them only (the graph does not carry every entity's annotations).
   */
  private async consumerServices(
    platformRef: string,
  ): Promise<SeriesConsumer[]> {
    const refs = (await this.options.graphs.get())
      .consumers(platformRef)
      .map(consumer => consumer.entityRef)
      .filter(ref => ref.startsWith('component:'));
    if (refs.length === 0) {
      return [];
    }
    const { items } = await this.options.catalog.getEntitiesByRefs(
      {
        entityRefs: refs,
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.annotations',
        ],
      },
      { credentials: await this.options.auth.getOwnServiceCredentials() },
    );
    return refs.map((entityRef, i) => {
      const entity = items[i];
      const metricsId = entity?.metadata.annotations?.[METRICS_ID_ANNOTATION];
      return {
        entityRef,
        name: entity?.metadata.name ?? entityRef,
        ...(metricsId ? { metricsId } : {}),
      };
    });
  }
}

function stepSecondsOf(provider: MetricProvider, source: PulledSource): number {
  const step = provider.stepSeconds?.(source.source);
  return step !== undefined && Number.isInteger(step) && step > 0
    ? step
    : DEFAULT_STEP_SECONDS;
}

/** What a source's pulled points depend on: its declaration and its step. */
function hashSource(source: PulledSource, stepMs: number): string {
  const mapping = source.feeds === 'kpi' ? source.entityLabel ?? null : null;
  return createHash('sha256')
    .update(
      JSON.stringify([
        source.kind,
        source.window,
        source.source,
        stepMs,
        mapping,
      ]),
    )
    .digest('hex');
}
