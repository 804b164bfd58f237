import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import {
  chunks,
  connectDatabase,
  earliestDayOf,
  latestRowsOnOrBefore,
} from '../database';

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

/**
 * One point of a platform's adoption history: taken on the day (`live`) or imported.
 *
 * @internal
 */
export interface AdoptionHistoryRow {
  platformRef: string;
  day: string;
  adoptingTeams: number;
  audienceTeams: number;
  /** `null` for an imported figure, which counts teams only. */
  adoptingServices: number | null;
  totalServices: number | null;
  source: 'live' | 'imported';
}

/**
 * An imported adoption figure: a platform's whole audience (`orgRef` empty) or one org's.
 *
 * @internal
 */
export interface AdoptionImportRow {
  platformRef: string;
  day: string;
  orgRef: string;
  adoptingTeams: number;
  audienceTeams: number;
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
    return rows.map(adoptionSnapshotOf);
  }

  /**
   * Stores imported adoption figures of a platform, all or none, replacing earlier imports of the
   * same day and org. A day with a live snapshot keeps it: the import of that day's whole-audience
   * figure is skipped and counted.
   */
  async importAdoption(options: {
    platformRef: string;
    rows: ReadonlyArray<Omit<AdoptionImportRow, 'platformRef'>>;
    importedBy: string;
    importedAt: number;
  }): Promise<{ stored: number; skippedLive: number; orgFigures: number }> {
    const { platformRef, importedBy, importedAt } = options;
    return this.db.transaction(async trx => {
      const days = [...new Set(options.rows.map(row => row.day))];
      const live = new Set<string>();
      for (const chunk of chunks(days)) {
        const rows = await trx('adoption_snapshots')
          .select('day')
          .where('platform_ref', platformRef)
          .whereIn('day', chunk);
        rows.forEach(row => live.add(row.day));
      }
      const rows = options.rows.filter(
        row => row.orgRef !== '' || !live.has(row.day),
      );
      for (const chunk of chunks(rows)) {
        await trx('adoption_imports')
          .insert(
            chunk.map(row => ({
              platform_ref: platformRef,
              day: row.day,
              org_ref: row.orgRef,
              adopting_teams: row.adoptingTeams,
              audience_teams: row.audienceTeams,
              imported_by: importedBy,
              imported_at: importedAt,
            })),
          )
          .onConflict(['platform_ref', 'day', 'org_ref'])
          .merge();
      }
      return {
        stored: rows.filter(row => row.orgRef === '').length,
        skippedLive: options.rows.length - rows.length,
        orgFigures: rows.filter(row => row.orgRef !== '').length,
      };
    });
  }

  /**
   * The adoption history of these platforms from `fromDay` to `toDay` inclusive, oldest first: the
   * live snapshots, and imported whole-audience figures of the days without one.
   */
  async listAdoptionHistory(options: {
    platformRefs: readonly string[];
    fromDay: string;
    toDay: string;
  }): Promise<AdoptionHistoryRow[]> {
    const { fromDay, toDay } = options;
    const result: AdoptionHistoryRow[] = [];
    for (const refs of chunks(options.platformRefs)) {
      const [live, imported] = await Promise.all([
        this.db('adoption_snapshots')
          .whereIn('platform_ref', refs)
          .whereBetween('day', [fromDay, toDay]),
        this.db('adoption_imports')
          .whereIn('platform_ref', refs)
          .where('org_ref', '')
          .whereBetween('day', [fromDay, toDay]),
      ]);
      const liveDays = new Set(
        live.map(row => `${row.platform_ref} ${row.day}`),
      );
      for (const row of live) {
        result.push({
          platformRef: row.platform_ref,
          day: row.day,
          adoptingTeams: Number(row.adopting_teams),
          audienceTeams: Number(row.audience_teams),
          adoptingServices: Number(row.adopting_services),
          totalServices: Number(row.total_services),
          source: 'live',
        });
      }
      for (const row of imported) {
        if (!liveDays.has(`${row.platform_ref} ${row.day}`)) {
          result.push({
            platformRef: row.platform_ref,
            day: row.day,
            adoptingTeams: Number(row.adopting_teams),
            audienceTeams: Number(row.audience_teams),
            adoptingServices: null,
            totalServices: null,
            source: 'imported',
          });
        }
      }
    }
    return result.sort(
      (a, b) =>
        a.platformRef.localeCompare(b.platformRef) ||
        a.day.localeCompare(b.day),
    );
  }

  /**
   * For each platform, its imported figures of the latest imported day on or before `day`: the
   * whole audience's (when imported) and the orgs'.
   */
  async latestImportsOnOrBefore(
    platformRefs: readonly string[],
    day: string,
  ): Promise<Map<string, AdoptionImportRow[]>> {
    const result = new Map<string, AdoptionImportRow[]>();
    const rows = await latestRowsOnOrBefore(this.db, {
      table: 'adoption_imports',
      platformRefs,
      day,
    });
    for (const row of rows) {
      const figures = result.get(row.platform_ref) ?? [];
      figures.push({
        platformRef: row.platform_ref,
        day: row.day,
        orgRef: row.org_ref,
        adoptingTeams: Number(row.adopting_teams),
        audienceTeams: Number(row.audience_teams),
      });
      result.set(row.platform_ref, figures);
    }
    return result;
  }

  /** For each platform, its latest live adoption snapshot on or before `day`. */
  async latestAdoptionOnOrBefore(
    platformRefs: readonly string[],
    day: string,
  ): Promise<Map<string, AdoptionSnapshot>> {
    const result = new Map<string, AdoptionSnapshot>();
    const rows = await latestRowsOnOrBefore(this.db, {
      table: 'adoption_snapshots',
      platformRefs,
      day,
    });
    for (const row of rows) {
      result.set(row.platform_ref, adoptionSnapshotOf(row));
    }
    return result;
  }

  /** The first day with a live snapshot or an imported figure of any of these platforms. */
  async earliestAdoptionDay(
    platformRefs: readonly string[],
  ): Promise<string | null> {
    return earliestDayOf(this.db, {
      tables: ['adoption_snapshots', 'adoption_imports'],
      platformRefs,
    });
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

/** An `adoption_snapshots` row as a snapshot (the drivers answer numbers as text or numbers). */
function adoptionSnapshotOf(row: any): AdoptionSnapshot {
  return {
    platformRef: row.platform_ref,
    day: row.day,
    adoptingTeams: Number(row.adopting_teams),
    audienceTeams: Number(row.audience_teams),
    adoptingServices: Number(row.adopting_services),
    totalServices: Number(row.total_services),
    computedAt: Number(row.computed_at),
  };
}
