import { ConcurrencyLimit } from '@platform-product/backstage-plugin-platform-product-node';
import { LoggerService } from '@backstage/backend-plugin-api';
import {
  capacityUnlocked,
  computeMetricKpis,
  DAY_MS,
  DeprecationDebt,
  goodAndTotal,
  gradeKpi,
  gradeScorecard,
  kpiMetricOrigin,
  METRIC_KPI_WINDOW_DAYS,
  MetricKpiId,
  PlatformAdoption,
  PlatformSpec,
  ratioMetricsOf,
  resolveScorecardTargets,
  Scorecard,
  PULLED_ENTITY_LABEL,
  SCORECARD_KPIS,
  ScorecardKpiId,
  WellKnownMetricName,
} from '@platform-product/backstage-plugin-platform-product-common';
import { MetricStore, SnapshotStore, TimeRange } from '../../core/metrics';
import { MAX_FUTURE_SKEW_MS } from '../../core/metrics/constants';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { ResolvedPlatform } from '../../core/catalog/PlatformCatalog';
import { SurveyNps } from '../../ports';
import { consumerServiceRefs } from './consumerServiceRefs';
import { MetricKpiCache } from './MetricKpiCache';
import { ServiceWindowSums, WindowSum } from './ServiceWindowSums';

/** Each of these services' sum of a metric over the last days, by lower-case ref. */
type ServiceSums = (
  window: { metric: string; days: number },
  serviceRefs: readonly string[],
) => Promise<Map<string, WindowSum>>;

/**
 * A value for every KPI; `null` when there is no data.
 *
 * @internal
 */
export type KpiValues = Record<ScorecardKpiId, number | null>;

/** The well-known metrics the scorecard reads (pushed or pulled, see `kpiMetricOrigin`). */
const METRICS: Record<string, WellKnownMetricName> = {
  deployments: 'deployments',
  changeFailures: 'change_failures',
  timeToFirstDeployment: 'time_to_first_deployment_hours',
  timeToRecover: 'time_to_recover_minutes',
  supportTickets: 'support_tickets',
  activeUsers: 'active_users',
  cost: 'cost',
} as const;

/**
 * Measures a platform's scorecard KPIs and grades them against its targets, with their daily
 * history from the scorecard snapshots. See docs/api.md for how each KPI is measured.
 *
 * @internal
 */
export class ScorecardService {
  constructor(
    private readonly options: {
      store: MetricStore;
      snapshots: SnapshotStore;
      graphs: PlatformGraphProvider;
      now: () => Date;
      /** The consumers still on the platform's deprecated parts, when deprecations are tracked. */
      deprecationDebt?: (platformRef: string) => Promise<DeprecationDebt>;
      /**
       * The NPS of the platform's latest closed survey round, and one point per closed round, when
       * surveys are run. Without it, NPS has no data.
       */
      surveyNps?: (platformRef: string) => Promise<SurveyNps>;
      /**
       * How long a platform's metric KPIs now are reused (see {@link MetricKpiCache}); 0, the
       * default, computes them on every read.
       */
      cacheTtlMs?: number;
      /**
       * How many platforms' metric KPIs are computed at once (default 4); more wait their turn, so
       * that a burst of cold scorecards does not queue hundreds of queries on the database pool.
       */
      maxConcurrentComputations?: number;
      logger?: LoggerService;
    },
  ) {
    this.computations = new ConcurrencyLimit(
      options.maxConcurrentComputations ?? 4,
    );
    const ttlMs = options.cacheTtlMs ?? 0;
    this.serviceSums = new ServiceWindowSums({
      store: options.store,
      ttlMs,
      now: () => options.now().getTime(),
      windowEnd: () => this.currentWindowEnd(),
    });
    this.metricKpis = new MetricKpiCache({
      ttlMs,
      now: () => options.now().getTime(),
      onBackgroundError: error =>
        options.logger?.warn(
          `Could not recompute a platform's metric KPIs; the previous values stay: ${error}`,
        ),
    });
  }

  private readonly metricKpis: MetricKpiCache;
  private readonly serviceSums: ServiceWindowSums;
  private readonly computations: ConcurrencyLimit;

  /** Forgets the cached metric KPIs that read points of these entities, e.g. after an ingest. */
  invalidate(entityRefs: Iterable<string>): void {
    const refs = [...entityRefs];
    this.serviceSums.invalidate(refs);
    this.metricKpis.invalidate(refs);
  }

  /** The scorecard of a platform now, with history from `fromDay` to `toDay` (UTC, inclusive). */
  async getScorecard(
    platform: ResolvedPlatform,
    range: { fromDay: string; toDay: string },
  ): Promise<Scorecard> {
    const now = this.options.now().getTime();
    const adoption = await this.options.graphs.adoption(platform);
    const targets = resolveScorecardTargets(platform.spec.targets);
    const grades = gradeScorecard({
      values: await this.currentValues({ platform, adoption }),
      targets,
    });
    const history = await this.options.snapshots.listScorecardSnapshots({
      platformRef: platform.ref,
      ...range,
    });
    const npsHistory = (await this.surveyNps(platform.ref)).history.filter(
      point => point.day >= range.fromDay && point.day <= range.toDay,
    );
    return {
      entityRef: platform.ref,
      from: range.fromDay,
      to: range.toDay,
      kpis: grades.map((grade, i) => {
        const { title, unit, direction } = SCORECARD_KPIS[i];
        return {
          ...grade,
          title,
          unit,
          direction,
          // NPS moves once per closed survey round: one point per round, not per day.
          history: (grade.kpi === 'nps'
            ? npsHistory
            : history.filter(snapshot => snapshot.kpi === grade.kpi)
          ).map(({ day, value }) => ({
            day,
            value,
            status: gradeKpi({ kpi: grade.kpi, value, target: grade.target }),
          })),
        };
      }),
      capacityUnlockedHoursPerMonth: capacityUnlocked({
        hoursSavedPerTeamPerMonth: platform.spec.hoursSavedPerTeamPerMonth,
        adoptingTeams: adoption.teams.adopting,
      }),
      ...(this.options.deprecationDebt
        ? { deprecationDebt: await this.options.deprecationDebt(platform.ref) }
        : {}),
      computedAt: new Date(now).toISOString(),
    };
  }

  /** Every KPI's value now; NPS from the latest closed survey round. */
  async currentValues(options: {
    platform: Pick<ResolvedPlatform, 'ref' | 'spec'>;
    adoption: PlatformAdoption;
  }): Promise<KpiValues> {
    const { platform, adoption } = options;
    const metrics = await this.metricKpis.get(platform, adoption, () =>
      this.computations.run(() =>
        this.metricValues({
          platform,
          adoption,
          to: this.currentWindowEnd(),
          serviceSums: (window, refs) => this.serviceSums.get(window, refs),
        }),
      ),
    );
    return {
      adoption: adoption.teams.ratio,
      nps: (await this.surveyNps(platform.ref)).value,
      ...metrics,
    };
  }

  /** Where the windows of the KPIs now end: points may be stamped a little ahead of the clock. */
  private currentWindowEnd(): number {
    return this.options.now().getTime() + MAX_FUTURE_SKEW_MS;
  }

  /**
   * The KPIs measured from metric points, as of `to` (exclusive, milliseconds since the epoch): each
   * reads the 30 (or 90) days before it. Consumers are those of the current catalog graph.
   * `serviceSums`, by default read from the store, gives the consumer services' sums of a window.
   */
  async metricValues(options: {
    platform: Pick<ResolvedPlatform, 'ref' | 'spec'>;
    adoption: PlatformAdoption;
    to: number;
    serviceSums?: ServiceSums;
  }): Promise<Record<MetricKpiId, number | null>> {
    const { platform, to } = options;
    const { store } = this.options;
    const last = (kpi: MetricKpiId): TimeRange => ({
      from: to - METRIC_KPI_WINDOW_DAYS[kpi] * DAY_MS,
      to,
    });
    const serviceSums: ServiceSums =
      options.serviceSums ??
      ((window, refs) =>
        store.aggregateMetricByEntity({
          entityRefs: refs,
          metric: window.metric,
          range: { from: to - window.days * DAY_MS, to },
        }));
    const services = consumerServiceRefs(options.adoption);
    const nameOf = (metric: WellKnownMetricName) =>
      kpiMetricOrigin(platform.spec, metric).metric;
    const onPlatform = (metric: WellKnownMetricName, kpi: MetricKpiId) =>
      store
        .aggregateMetricByEntity({
          entityRefs: [platform.ref],
          metric: nameOf(metric),
          range: last(kpi),
        })
        .then(byEntity => byEntity.get(platform.ref) ?? null);
    const sumsOnServices = async (
      metric: WellKnownMetricName,
      kpi: MetricKpiId,
    ) => {
      const origin = kpiMetricOrigin(platform.spec, metric);
      if (!origin.pulled) {
        const byService = await serviceSums(
          { metric, days: METRIC_KPI_WINDOW_DAYS[kpi] },
          services,
        );
        return [...byService.values()].map(value => value.sum);
      }
      // Pulled: on the platform, one series per service; only today's consumer services count.
      const byService = await store.aggregateMetricByLabel({
        entityRef: platform.ref,
        metric: origin.metric,
        label: PULLED_ENTITY_LABEL,
        range: last(kpi),
      });
      const current = new Set(services);
      return [...byService]
        .filter(([ref]) => current.has(ref))
        .map(([, value]) => value.sum);
    };
    const valuesOnPlatform = (metric: WellKnownMetricName, kpi: MetricKpiId) =>
      store
        .listMetricPoints({
          entityRef: platform.ref,
          metric: nameOf(metric),
          range: last(kpi),
        })
        .then(points => points.map(point => point.value));

    const [
      availability,
      timeToFirstDeploymentHours,
      deploymentsByService,
      changeFailures,
      timeToRecoverMinutes,
      tickets,
      activeUsers,
      cost,
    ] = await Promise.all([
      this.availabilityEvents(
        platform.spec,
        platform.ref,
        last('availability'),
      ),
      valuesOnPlatform(METRICS.timeToFirstDeployment, 'timeToFirstDeployment'),
      sumsOnServices(METRICS.deployments, 'deploymentFrequency'),
      sumsOnServices(METRICS.changeFailures, 'changeFailureRate'),
      valuesOnPlatform(METRICS.timeToRecover, 'mttr'),
      onPlatform(METRICS.supportTickets, 'supportTickets'),
      onPlatform(METRICS.activeUsers, 'supportTickets'),
      onPlatform(METRICS.cost, 'cost'),
    ]);
    return computeMetricKpis({
      availability,
      timeToFirstDeploymentHours,
      deploymentsByService,
      changeFailures: changeFailures.reduce((total, value) => total + value, 0),
      timeToRecoverMinutes,
      supportTickets: tickets?.sum ?? null,
      activeUsers,
      cost: cost?.sum ?? null,
      consumerServices: services.length,
    });
  }

  private async surveyNps(platformRef: string): Promise<SurveyNps> {
    return this.options.surveyNps
      ? this.options.surveyNps(platformRef)
      : { value: null, history: [], latest: null };
  }

  /** The metrics the KPIs read on a platform and its consumers. */
  metricsRead(spec: PlatformSpec): string[] {
    const ratio = availabilitySlo(spec);
    return [
      ...Object.values(METRICS).map(
        metric => kpiMetricOrigin(spec, metric).metric,
      ),
      ...(ratio ? [ratio.counted, ratio.total] : []),
    ];
  }

  /** Good and total events of the platform's first ratio SLO over the range; null without one. */
  private async availabilityEvents(
    spec: PlatformSpec,
    platformRef: string,
    range: TimeRange,
  ): Promise<{ good: number; total: number } | null> {
    const ratio = availabilitySlo(spec);
    if (!ratio) {
      return null;
    }
    const sums = await this.options.store.sumMetricWindows({
      entityRef: platformRef,
      metrics: [ratio.counted, ratio.total],
      range,
      starts: [range.from],
    });
    return goodAndTotal(ratio, {
      counted: sums.get(ratio.counted)?.sums[0] ?? 0,
      total: sums.get(ratio.total)?.sums[0] ?? 0,
    });
  }
}

function availabilitySlo(spec: PlatformSpec) {
  for (const slo of spec.slos ?? []) {
    const ratio = ratioMetricsOf(slo);
    if (ratio) {
      return ratio;
    }
  }
  return undefined;
}
