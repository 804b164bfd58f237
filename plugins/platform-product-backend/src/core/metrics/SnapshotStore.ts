import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { chunks, connectDatabase } from '../database';

/** @internal */
export interface AdoptionSnapshot {
  platformRef: string;
  /** YYYY-MM-DD, UTC */
  day: string;
  adoptingTeams: number;
  audienceTeams: number;
  adoptingServices: number;
  totalServices: number;
  computedAt: number;
}

/** @internal */
export interface ScorecardSnapshotValue {
  /** YYYY-MM-DD, UTC */
  day: string;
  kpi: string;
  value: number | null;
}

/**
 * The daily snapshots: each platform's adoption and scorecard KPI values, one row per day, from
 * which trends and histories are drawn.
 *
 * @internal
 */
export class SnapshotStore {
  private constructor(private readonly db: Knex) {}

  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
  }): Promise<SnapshotStore> {
    const { database, skipMigrations } = options;
    return new SnapshotStore(
      await connectDatabase(database, { skipMigrations }),
    );
  }

  /** Runs `fn` in one transaction: everything it writes through the given store, or nothing. */
  async transaction<T>(fn: (store: SnapshotStore) => Promise<T>): Promise<T> {
    return this.db.transaction(trx => fn(new SnapshotStore(trx)));
  }

  /** Writes the adoption of one platform on one day, replacing what that day had. */
  async upsertAdoptionSnapshot(snapshot: AdoptionSnapshot): Promise<void> {
    await this.db('adoption_snapshots')
      .insert({
        platform_ref: snapshot.platformRef,
        day: snapshot.day,
        adopting_teams: snapshot.adoptingTeams,
        audience_teams: snapshot.audienceTeams,
        adopting_services: snapshot.adoptingServices,
        total_services: snapshot.totalServices,
        computed_at: snapshot.computedAt,
      })
      .onConflict(['platform_ref', 'day'])
      .merge();
  }

  /** The adoption snapshots of one platform from `fromDay` to `toDay` inclusive, oldest first. */
  async listAdoptionSnapshots(options: {
    platformRef: string;
    fromDay: string;
    toDay: string;
  }): Promise<AdoptionSnapshot[]> {
    const rows = await this.db('adoption_snapshots')
      .where('platform_ref', options.platformRef)
      .whereBetween('day', [options.fromDay, options.toDay])
      .orderBy('day');
    return rows.map(row => ({
      platformRef: row.platform_ref,
      day: row.day,
      adoptingTeams: Number(row.adopting_teams),
      audienceTeams: Number(row.audience_teams),
      adoptingServices: Number(row.adopting_services),
      totalServices: Number(row.total_services),
      computedAt: Number(row.computed_at),
    }));
  }

  /**
   * Writes KPI values of one platform. `daily` values replace what the day had; `backfill` values
   * only fill KPIs and days that have none, so they never overwrite a value computed on the day.
   */
  async writeScorecardSnapshot(options: {
    platformRef: string;
    values: readonly ScorecardSnapshotValue[];
    source: 'daily' | 'backfill';
    computedAt: number;
  }): Promise<void> {
    const { platformRef, values, source, computedAt } = options;
    for (const chunk of chunks(values)) {
      const insert = this.db('scorecard_snapshots')
        .insert(
          chunk.map(v => ({
            platform_ref: platformRef,
            day: v.day,
            kpi: v.kpi,
            value: v.value,
            source,
            computed_at: computedAt,
          })),
        )
        .onConflict(['platform_ref', 'day', 'kpi']);
      await (source === 'daily' ? insert.merge() : insert.ignore());
    }
  }

  /** The KPI values of one platform from `fromDay` to `toDay` inclusive, oldest first. */
  async listScorecardSnapshots(options: {
    platformRef: string;
    fromDay: string;
    toDay: string;
  }): Promise<ScorecardSnapshotValue[]> {
    const rows = await this.db('scorecard_snapshots')
      .select('day', 'kpi', 'value')
      .where('platform_ref', options.platformRef)
      .whereBetween('day', [options.fromDay, options.toDay])
      .orderBy('day');
    return rows.map(row => ({
      day: row.day,
      kpi: row.kpi,
      value: row.value === null ? null : Number(row.value),
    }));
  }

  /**
   * The first day on which one of these KPIs of the platform has a value (not `null`), or `null` when
   * none has.
   */
  async firstScorecardDayWithData(
    platformRef: string,
    kpis: readonly string[],
  ): Promise<string | null> {
    const row = await this.db('scorecard_snapshots')
      .min({ first: 'day' })
      .where('platform_ref', platformRef)
      .whereIn('kpi', kpis)
      .whereNotNull('value')
      .first();
    return row?.first ?? null;
  }
}
