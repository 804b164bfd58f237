import { DatabaseService } from '@backstage/backend-plugin-api';
import { PortfolioSnapshot } from '@platform-product/backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import {
  connectDatabase,
  earliestDayOf,
  latestRowsOnOrBefore,
} from '../../core/database';

/**
 * The portfolio's daily record of each platform: one row per platform and day holding every figure
 * of its portfolio row and the per-org roll-up (`data`), and which audience teams adopted (`teams`,
 * read only when a view needs team lists).
 *
 * @internal
 */
export class PortfolioStore {
  private constructor(private readonly db: Knex) {}

  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
  }): Promise<PortfolioStore> {
    const { database, skipMigrations } = options;
    return new PortfolioStore(
      await connectDatabase(database, { skipMigrations }),
    );
  }

  /** Writes the snapshot of a platform's day, replacing what that day had. */
  async write(snapshot: PortfolioSnapshot, computedAt: number): Promise<void> {
    const { teams, platformRef, day, ...data } = snapshot;
    await this.db('portfolio_snapshots')
      .insert({
        platform_ref: platformRef,
        day,
        data: JSON.stringify(data),
        teams: teams ? JSON.stringify(teams) : null,
        computed_at: computedAt,
      })
      .onConflict(['platform_ref', 'day'])
      .merge();
  }

  /**
   * For each platform, its latest snapshot on or before `day`; with the team lists only when
   * `withTeams` is set (they are the bulk of a row).
   */
  async latestOnOrBefore(
    platformRefs: readonly string[],
    day: string,
    options?: { withTeams?: boolean },
  ): Promise<Map<string, PortfolioSnapshot>> {
    const result = new Map<string, PortfolioSnapshot>();
    const columns = ['s.platform_ref', 's.day', 's.data'];
    if (options?.withTeams) {
      columns.push('s.teams');
    }
    const rows = await latestRowsOnOrBefore(this.db, {
      table: 'portfolio_snapshots',
      platformRefs,
      day,
      columns,
    });
    for (const row of rows) {
      result.set(row.platform_ref, {
        ...JSON.parse(row.data),
        platformRef: row.platform_ref,
        day: row.day,
        teams: row.teams ? JSON.parse(row.teams) : null,
      });
    }
    return result;
  }

  /** The first day with a snapshot of any of these platforms, or `null`. */
  async earliestDay(platformRefs: readonly string[]): Promise<string | null> {
    return earliestDayOf(this.db, {
      tables: ['portfolio_snapshots'],
      platformRefs,
    });
  }
}
