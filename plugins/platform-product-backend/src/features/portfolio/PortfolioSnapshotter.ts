import { LoggerService } from '@backstage/backend-plugin-api';
import { forEachPlatform } from '../../core/tasks';
import {
  buildPortfolioSnapshot,
  toUtcDay,
} from '@platform-product/backstage-plugin-platform-product-common';
import { ResolvedPlatform } from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { PortfolioFactSource } from '../../ports';
import { PortfolioStore } from './PortfolioStore';

/**
 * Takes the portfolio's snapshot of every platform: the figures of its row, computed by the
 * features that own them, the adoption of every org (rolled up the group hierarchy) and the
 * adopting teams, replacing what today had. The scheduled task runs it every hour, so today's
 * figures stay fresh and every past day keeps its last snapshot.
 *
 * @internal
 */
export class PortfolioSnapshotter {
  constructor(
    private readonly options: {
      store: PortfolioStore;
      graphs: PlatformGraphProvider;
      facts: PortfolioFactSource;
      logger: LoggerService;
      now: () => Date;
    },
  ) {}

  /**
   * Snapshots every platform of a freshly loaded graph. A platform that fails does not stop the
   * others; the run fails at the end, naming them, if any did.
   */
  async snapshotAll(): Promise<void> {
    const graph = await this.options.graphs.refresh();
    await forEachPlatform(
      graph.platforms(),
      {
        logger: this.options.logger,
        action: 'take the portfolio snapshot of',
        done: n => `Took the portfolio snapshot of ${n} platforms`,
      },
      platform => this.snapshot(platform),
    );
  }

  /** Writes today's portfolio snapshot of one platform. */
  async snapshot(platform: ResolvedPlatform): Promise<void> {
    const { facts, graphs } = this.options;
    const now = this.options.now().getTime();
    const adoption = await graphs.adoption(platform, { fresh: true });
    const [statuses, kpis, nps, debt, objectives, investment] =
      await Promise.all([
        facts.sloStatuses(platform),
        facts.kpiValues(platform, adoption),
        facts.surveyNps(platform.ref),
        facts.deprecationDebt(platform.ref),
        facts.objectives(platform),
        facts.investment(platform),
      ]);
    await this.options.store.write(
      buildPortfolioSnapshot({
        platformRef: platform.ref,
        day: toUtcDay(now),
        adoption,
        sloStatuses: statuses,
        supportTicketsPer100Users: kpis.supportTickets ?? null,
        costPerService: kpis.cost ?? null,
        nps: nps.latest,
        deprecationDebt: debt,
        objectives,
        hoursSavedPerTeamPerMonth: platform.spec.hoursSavedPerTeamPerMonth,
        investment,
      }),
      now,
    );
  }
}
