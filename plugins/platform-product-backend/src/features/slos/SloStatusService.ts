import { LoggerService } from '@backstage/backend-plugin-api';
import {
  computeSloStatus,
  countGood,
  countSlices,
  goodAndTotal,
  isGoodThresholdValue,
  MULTI_WINDOW_BURN_RULES_SLO_WINDOW,
  parseDuration,
  PlatformSlo,
  PlatformSpec,
  RatioMetrics,
  ratioMetricsOf,
  resolveSloWindow,
  SLO_BURN_WINDOWS,
  SloCounts,
  SloObjective,
  SloObservation,
  SloReport,
  SloStatus,
  SloWindow,
  thresholdMetricOf,
  worstSloHealth,
} from '@platform-product/backstage-plugin-platform-product-common';
import { MetricStore, TimeRange } from '../../core/metrics';
import { MAX_FUTURE_SKEW_MS } from '../../core/metrics/constants';
import { ResolvedPlatform } from '../../core/catalog/PlatformCatalog';
import { TtlCache } from '../../core/catalog/TtlCache';

/**
 * Computes the status of a platform's SLOs from the stored metric points: attainment, error budget,
 * burn rates, alert state, health and what the rest of the window still allows. Every number comes
 * from the common package's SLO functions; this class only counts events and slices.
 *
 * The statuses of a platform are cached for a short time (they are read on every service page), and
 * forgotten as soon as points for the platform are ingested through this replica; other replicas
 * catch up within the cache time.
 *
 * @internal
 */
export class SloStatusService {
  private readonly cache: TtlCache<{
    /** The SLO definitions the statuses were computed from, and their text. */
    source: readonly PlatformSlo[];
    slos: string;
    statuses: SloStatus[];
  }>;

  constructor(
    private readonly options: {
      store: MetricStore;
      logger: LoggerService;
      now: () => Date;
      /** How long a platform's statuses are reused before they are recomputed. */
      cacheTtlMs: number;
    },
  ) {
    this.cache = new TtlCache({
      ttlMs: options.cacheTtlMs,
      staleWhileRevalidate: true,
      onBackgroundError: error =>
        options.logger.warn(`Could not recompute SLO statuses: ${error}`),
      now: () => options.now().getTime(),
    });
  }

  /** The status of each SLO of a platform, and their health taken together. */
  async getReport(platform: ResolvedPlatform): Promise<SloReport> {
    const items = await this.getStatuses(platform.ref, platform.spec);
    return {
      entityRef: platform.ref,
      health: worstSloHealth(items.map(item => item.health)),
      items,
    };
  }

  /**
   * The status of each SLO of the platform, in the order of `spec.slos`. A platform's statuses are
   * recomputed when they are older than the cache time (answering with the previous ones meanwhile),
   * when its SLO definitions changed, and after {@link invalidate}.
   */
  async getStatuses(
    platformRef: string,
    spec: PlatformSpec,
  ): Promise<SloStatus[]> {
    const slos = spec.slos ?? [];
    if (slos.length === 0) {
      return [];
    }
    const load = async () => {
      const now = this.options.now().getTime();
      return {
        source: slos,
        slos: JSON.stringify(slos),
        statuses: await Promise.all(
          slos.map(slo => this.evaluate(platformRef, slo, now)),
        ),
      };
    };
    const cached = await this.cache.get(platformRef, load);
    // The same declaration (parsed once, see platformSpecOf) needs no comparison of its text.
    return cached.source === slos || cached.slos === JSON.stringify(slos)
      ? cached.statuses
      : (await this.cache.refresh(platformRef, load)).statuses;
  }

  /** Forgets the cached statuses of these entities, e.g. after points for them were ingested. */
  invalidate(entityRefs: Iterable<string>): void {
    const refs = new Set(entityRefs);
    this.cache.delete(key => refs.has(key));
  }

  private async evaluate(
    platformRef: string,
    slo: PlatformSlo,
    now: number,
  ): Promise<SloStatus> {
    // OpenSLO allows several objectives; the first one is the one that is judged.
    const objective = slo.objectives[0];
    let window: SloWindow | undefined;
    try {
      window = resolveSloWindow(slo.timeWindow[0], now);
      const sliceMs =
        slo.budgetingMethod === 'Timeslices'
          ? parseDuration(objective.timeSliceWindow!)
          : undefined;
      const starts = [
        window.from,
        ...SLO_BURN_WINDOWS.map(duration => now - parseDuration(duration)),
      ];
      const observation = await this.observe({
        platformRef,
        slo,
        objective,
        starts,
        range: { from: Math.min(...starts), to: now + MAX_FUTURE_SKEW_MS },
        sliceMs,
      });
      return computeSloStatus({ slo, objective, window, sliceMs, observation });
    } catch (error) {
      if (!(error instanceof RangeError)) {
        throw error;
      }
      // A definition the catalog module let through but that cannot be evaluated (for example an
      // unknown time zone) shows as "no data" on the card rather than failing the whole answer.
      this.options.logger.warn(
        `SLO ${slo.name} of ${platformRef} cannot be evaluated: ${error.message}`,
      );
      return computeSloStatus({
        slo,
        objective,
        window: window ?? {
          duration: slo.timeWindow[0].duration,
          isRolling: Boolean(slo.timeWindow[0].isRolling),
          from: now,
          to: now,
          lengthMs: parseDuration(MULTI_WINDOW_BURN_RULES_SLO_WINDOW),
        },
        observation: { counts: [], lastTs: null },
      });
    }
  }

  private async observe(options: {
    platformRef: string;
    slo: PlatformSlo;
    objective: SloObjective;
    starts: number[];
    range: TimeRange;
    sliceMs: number | undefined;
  }): Promise<SloObservation> {
    const { platformRef, slo, objective, starts, range, sliceMs } = options;
    const ratio = ratioMetricsOf(slo);
    if (ratio) {
      return sliceMs === undefined
        ? this.observeRatioEvents(platformRef, ratio, starts, range)
        : this.observeRatioSlices({
            platformRef,
            ratio,
            starts,
            range,
            sliceMs,
            timeSliceTarget: objective.timeSliceTarget!,
          });
    }
    const points = await this.options.store.listMetricPoints({
      entityRef: platformRef,
      metric: thresholdMetricOf(slo)!,
      range,
    });
    const judged = points.map(point => ({
      at: point.ts,
      good: isGoodThresholdValue({
        value: point.value,
        op: objective.op!,
        threshold: objective.value!,
      }),
    }));
    const lastTs = points.length > 0 ? points[points.length - 1].ts : null;
    if (sliceMs === undefined) {
      return { counts: countGood(judged, starts), lastTs };
    }
    const slices = new Map<number, SloCounts>();
    for (const point of judged) {
      const slice = Math.floor(point.at / sliceMs);
      const counts = slices.get(slice) ?? { good: 0, total: 0 };
      counts.total += 1;
      counts.good += point.good ? 1 : 0;
      slices.set(slice, counts);
    }
    return {
      counts: countSlices(slices, sliceMs, starts, objective.timeSliceTarget!),
      lastTs,
    };
  }

  private async observeRatioEvents(
    platformRef: string,
    ratio: RatioMetrics,
    starts: number[],
    range: TimeRange,
  ): Promise<SloObservation> {
    const sums = await this.options.store.sumMetricWindows({
      entityRef: platformRef,
      metrics: [ratio.counted, ratio.total],
      range,
      starts,
    });
    const counted = sums.get(ratio.counted);
    const total = sums.get(ratio.total);
    return {
      counts: starts.map((_, i) =>
        goodAndTotal(ratio, {
          counted: counted?.sums[i] ?? 0,
          total: total?.sums[i] ?? 0,
        }),
      ),
      lastTs: latest([counted?.lastTs, total?.lastTs]),
    };
  }

  private async observeRatioSlices(options: {
    platformRef: string;
    ratio: RatioMetrics;
    starts: number[];
    range: TimeRange;
    sliceMs: number;
    timeSliceTarget: number;
  }): Promise<SloObservation> {
    const { platformRef, ratio, starts, range, sliceMs } = options;
    const rows = await this.options.store.sumMetricBySlice({
      entityRef: platformRef,
      metrics: [ratio.counted, ratio.total],
      range: { ...range, from: Math.floor(range.from / sliceMs) * sliceMs },
      sliceMs,
    });
    const sums = new Map<number, { counted: number; total: number }>();
    for (const row of rows) {
      const slice = sums.get(row.slice) ?? { counted: 0, total: 0 };
      slice[row.metric === ratio.total ? 'total' : 'counted'] += row.sum;
      sums.set(row.slice, slice);
    }
    const slices = new Map(
      [...sums].map(([slice, s]) => [slice, goodAndTotal(ratio, s)]),
    );
    return {
      counts: countSlices(slices, sliceMs, starts, options.timeSliceTarget),
      lastTs: latest(rows.map(row => row.lastTs)),
    };
  }
}

function latest(times: Array<number | null | undefined>): number | null {
  const known = times.filter((t): t is number => typeof t === 'number');
  return known.length > 0 ? Math.max(...known) : null;
}
