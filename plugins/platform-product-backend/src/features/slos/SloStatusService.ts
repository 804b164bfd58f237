import { LoggerService } from '@backstage/backend-plugin-api';
import {
  availabilityBudget,
  ErrorBudget,
  errorBudgetOccurrences,
  errorBudgetTimeslices,
  evaluateBurnAlerts,
  isGoodSlice,
  isGoodThresholdValue,
  MULTI_WINDOW_BURN_RULES,
  MULTI_WINDOW_BURN_RULES_SLO_WINDOW,
  parseDuration,
  PlatformSlo,
  PlatformSpec,
  resolveSloWindow,
  SloObjective,
  sloAttainment,
  sloHealth,
  SloReport,
  SloStatus,
  SloWindow,
  worstSloHealth,
} from '@platform-product/backstage-plugin-platform-product-common';
import { MetricStore, TimeRange } from '../../core/metrics';
import { MAX_FUTURE_SKEW_MS } from '../../core/metrics/constants';
import { ResolvedPlatform } from '../../core/catalog/PlatformCatalog';
import {
  goodAndTotal,
  ratioMetricsOf,
  RatioMetrics,
  thresholdMetricOf,
} from './sloIndicators';
import { TtlCache } from '../../core/catalog/TtlCache';

/** The windows the burn-rate rules read, e.g. 5m, 1h, 30m, 6h, 6h, 3d, each once. */
const BURN_WINDOWS = [
  ...new Set(
    MULTI_WINDOW_BURN_RULES.flatMap(rule => [
      rule.shortWindow,
      rule.longWindow,
    ]),
  ),
];

/** Good and total events (or time slices) in one window. */
interface Counts {
  good: number;
  total: number;
}

/** Something judged good or bad at a time: an event, a threshold value or a time slice. */
interface Judged {
  at: number;
  good: boolean;
}

/**
 * What an SLI recorded: counts for the SLO window first, then for each of {@link BURN_WINDOWS}.
 */
interface Observation {
  counts: Counts[];
  lastTs: number | null;
}

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
  private readonly cache: TtlCache<{ slos: string; statuses: SloStatus[] }>;

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
    const definitions = JSON.stringify(slos);
    const load = async () => {
      const now = this.options.now().getTime();
      return {
        slos: definitions,
        statuses: await Promise.all(
          slos.map(slo => this.evaluate(platformRef, slo, now)),
        ),
      };
    };
    const cached = await this.cache.get(platformRef, load);
    return cached.slos === definitions
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
        ...BURN_WINDOWS.map(duration => now - parseDuration(duration)),
      ];
      const observation = await this.observe({
        platformRef,
        slo,
        objective,
        starts,
        range: { from: Math.min(...starts), to: now + MAX_FUTURE_SKEW_MS },
        sliceMs,
      });
      return status({ slo, objective, window, sliceMs, observation });
    } catch (error) {
      if (!(error instanceof RangeError)) {
        throw error;
      }
      // A definition the catalog module let through but that cannot be evaluated (for example an
      // unknown time zone) shows as "no data" on the card rather than failing the whole answer.
      this.options.logger.warn(
        `SLO ${slo.name} of ${platformRef} cannot be evaluated: ${error.message}`,
      );
      return status({
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
  }): Promise<Observation> {
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
    const slices = new Map<number, Counts>();
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
  ): Promise<Observation> {
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
  }): Promise<Observation> {
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

/**
 * Judges each slice that has data (isGoodSlice: good / total ≥ timeSliceTarget) and counts good and
 * judged slices per window. A slice belongs to a window when it starts at or after the start of the
 * slice the window starts in.
 */
function countSlices(
  slices: ReadonlyMap<number, Counts>,
  sliceMs: number,
  starts: readonly number[],
  timeSliceTarget: number,
): Counts[] {
  const judged: Judged[] = [];
  for (const [slice, counts] of slices) {
    if (counts.total > 0) {
      judged.push({
        at: slice * sliceMs,
        good: isGoodSlice({ ...counts, timeSliceTarget }),
      });
    }
  }
  return countGood(
    judged,
    starts.map(start => Math.floor(start / sliceMs) * sliceMs),
  );
}

/** Counts, per window start, what was judged at or after it and how much of that was good. */
function countGood(
  judged: readonly Judged[],
  starts: readonly number[],
): Counts[] {
  return starts.map(start => {
    const inWindow = judged.filter(item => item.at >= start);
    return {
      good: inWindow.filter(item => item.good).length,
      total: inWindow.length,
    };
  });
}

function latest(times: Array<number | null | undefined>): number | null {
  const known = times.filter((t): t is number => typeof t === 'number');
  return known.length > 0 ? Math.max(...known) : null;
}

/** Turns what an SLI recorded into the status the API returns. */
function status(options: {
  slo: PlatformSlo;
  objective: SloObjective;
  window: SloWindow;
  sliceMs?: number;
  observation: Observation;
}): SloStatus {
  const { slo, objective, window, sliceMs, observation } = options;
  const { target } = objective;
  const [inWindow = { good: 0, total: 0 }, ...burnCounts] = observation.counts;
  let budget: ErrorBudget | null;
  if (sliceMs === undefined) {
    budget = errorBudgetOccurrences({ target, ...inWindow });
  } else {
    budget =
      inWindow.total === 0
        ? null
        : errorBudgetTimeslices({
            target,
            windowMs: window.lengthMs,
            sliceMs,
            // The slice the window starts in is counted whole; never count more slices than fit.
            badSlices: Math.min(
              inWindow.total - inWindow.good,
              window.lengthMs / sliceMs,
            ),
          });
  }
  const alerts = evaluateBurnAlerts({
    target,
    sloWindowMs: window.lengthMs,
    errorRates: Object.fromEntries(
      BURN_WINDOWS.map((duration, i) => {
        const counts = burnCounts[i];
        return [
          duration,
          counts && counts.total > 0
            ? (counts.total - counts.good) / counts.total
            : null,
        ];
      }),
    ),
  });
  const share = budget ? Math.max(0, budget.remaining) : 0;
  return {
    name: slo.name,
    displayName: slo.displayName ?? slo.name,
    ...(slo.description ? { description: slo.description } : {}),
    target,
    window: {
      duration: window.duration,
      isRolling: window.isRolling,
      from: new Date(window.from).toISOString(),
      to: new Date(window.to).toISOString(),
    },
    budgetingMethod: slo.budgetingMethod,
    attainment: sloAttainment(inWindow),
    budget: budget && {
      allowedBad: budget.allowedBad,
      bad: budget.bad,
      consumed: budget.consumed,
      remaining: budget.remaining,
    },
    health: sloHealth(budget, alerts.state),
    alertState: alerts.state,
    burnRates: alerts.rules.map(rule => ({
      severity: rule.rule.severity,
      longWindow: rule.rule.longWindow,
      shortWindow: rule.rule.shortWindow,
      threshold: rule.rule.burnRate,
      budgetSpent: rule.budgetSpent,
      longBurnRate: rule.longBurnRate,
      shortBurnRate: rule.shortBurnRate,
      firing: rule.firing,
    })),
    allowance: {
      badEventsRemaining:
        budget && sliceMs === undefined
          ? Math.max(0, budget.allowedBad - budget.bad)
          : null,
      downtimeRemainingMs: budget
        ? share * availabilityBudget({ target, windowMs: window.lengthMs })
        : null,
    },
    lastPointAt:
      observation.lastTs === null
        ? null
        : new Date(observation.lastTs).toISOString(),
  };
}
