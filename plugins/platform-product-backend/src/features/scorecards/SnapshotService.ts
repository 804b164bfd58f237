import { LoggerService } from '@backstage/backend-plugin-api';
import { forEachPlatform } from '../../core/tasks';
import { MetricStore, SnapshotStore } from '../../core/metrics';
import { ResolvedPlatform } from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { ScorecardService } from './ScorecardService';
import {
  addUtcDays,
  METRIC_KPI_IDS,
  PlatformAdoption,
  toUtcDay,
  utcDayStart,
} from '@platform-product/backstage-plugin-platform-product-common';

/** How far back the scorecard history is backfilled from metric points. */
export const MAX_BACKFILL_DAYS = 90;

/**
 * Writes the daily snapshots that give adoption and the scorecard their history: the scheduled task
 * (once a day, once across replicas) and the owners' "refresh now" both go through here.
 *
 * @internal
 */
export class SnapshotService {
  constructor(
    private readonly options: {
      store: MetricStore;
      snapshotStore: SnapshotStore;
      graphs: PlatformGraphProvider;
      scorecards: ScorecardService;
      logger: LoggerService;
      now: () => Date;
    },
  ) {}

  /**
   * The scheduled task: reloads the catalog graph, then writes today's adoption and scorecard
   * snapshot of every platform, and backfills metric-based KPIs of past days (see {@link backfill}).
   * A platform that fails does not stop the others; the task fails at the end if any did.
   */
  async snapshotAll(): Promise<void> {
    const graph = await this.options.graphs.refresh();
    await forEachPlatform(
      graph.platforms(),
      {
        logger: this.options.logger,
        action: 'snapshot the scorecard of',
        done: n =>
          `Took today's adoption and scorecard snapshot of ${n} platforms`,
      },
      async platform => {
        const adoption = await this.options.graphs.adoption(platform, {
          fresh: true,
        });
        await this.snapshot(platform, adoption);
        await this.backfill(platform, adoption);
      },
    );
  }

  /**
   * Recomputes one platform from a freshly loaded catalog graph, writes today's snapshot and
   * backfills what its metric history allows, as the daily task does.
   */
  async refresh(platform: ResolvedPlatform): Promise<void> {
    await this.options.graphs.refresh();
    const adoption = await this.options.graphs.adoption(platform, {
      fresh: true,
    });
    await this.snapshot(platform, adoption);
    await this.backfill(platform, adoption);
  }

  /** Writes today's adoption and scorecard of one platform, replacing what today had. */
  private async snapshot(
    platform: Pick<ResolvedPlatform, 'ref' | 'spec'>,
    adoption: PlatformAdoption,
  ): Promise<void> {
    const now = this.options.now().getTime();
    const day = toUtcDay(now);
    const values = await this.options.scorecards.currentValues({
      platform,
      adoption,
    });
    await this.options.snapshotStore.transaction(async store => {
      await store.upsertAdoptionSnapshot({
        platformRef: platform.ref,
        day,
        adoptingTeams: adoption.teams.adopting,
        audienceTeams: adoption.teams.audience,
        adoptingServices: adoption.services.adopting,
        totalServices: adoption.services.total,
        computedAt: now,
      });
      await store.writeScorecardSnapshot({
        platformRef: platform.ref,
        values: Object.entries(values).map(([kpi, value]) => ({
          day,
          kpi,
          value,
        })),
        source: 'daily',
        computedAt: now,
      });
    });
  }

  /**
   * When the platform (or its consumers) has metric points older than the first day its scorecard
   * has a metric-based value, writes the metric-based KPIs of each day before that one, as of the end
   * of that day, at most {@link MAX_BACKFILL_DAYS} days back. Adoption and NPS are never backfilled:
   * their history only comes from snapshots taken on the day. A day and KPI that already has a row
   * keeps it, even a `null` one taken before any metric was pushed.
   */
  private async backfill(
    platform: Pick<ResolvedPlatform, 'ref' | 'spec'>,
    adoption: PlatformAdoption,
  ): Promise<void> {
    const { store, snapshotStore, scorecards } = this.options;
    const now = this.options.now().getTime();
    const today = toUtcDay(now);
    const firstSnapshot =
      (await snapshotStore.firstScorecardDayWithData(
        platform.ref,
        METRIC_KPI_IDS,
      )) ?? today;
    const earliest = await store.earliestMetricTs({
      entityRefs: [
        platform.ref,
        ...adoption.consumers.map(consumer => consumer.entityRef),
      ],
      metrics: scorecards.metricsRead(platform.spec),
    });
    if (earliest === null) {
      return;
    }
    const oldest = addUtcDays(today, -MAX_BACKFILL_DAYS);
    let day = toUtcDay(earliest) < oldest ? oldest : toUtcDay(earliest);
    const values = [];
    for (; day < firstSnapshot; day = addUtcDays(day, 1)) {
      const kpis = await scorecards.metricValues({
        platform,
        adoption,
        to: utcDayStart(addUtcDays(day, 1))!,
      });
      for (const [kpi, value] of Object.entries(kpis)) {
        values.push({ day, kpi, value });
      }
    }
    if (values.length > 0) {
      await snapshotStore.writeScorecardSnapshot({
        platformRef: platform.ref,
        values,
        source: 'backfill',
        computedAt: now,
      });
      this.options.logger.info(
        `Backfilled the scorecard of ${platform.ref} from ${
          values[0].day
        } to ${addUtcDays(firstSnapshot, -1)}`,
      );
    }
  }
}
