import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@platform-product/backstage-plugin-platform-product-backend',
  'migrations',
);

/** Rows per statement: well under SQLite's and PostgreSQL's limits on bound parameters. */
const CHUNK_SIZE = 500;

/**
 * One metric point as stored: the entity ref in lower case, the time in milliseconds since the
 * epoch, and the labels as canonical JSON with their hash.
 *
 * @internal
 */
export interface MetricPointRecord {
  entityRef: string;
  metric: string;
  ts: number;
  labelsHash: string;
  labels: string;
  value: number;
}

/**
 * What identifies a metric point: ingest replaces the point with the same key.
 *
 * @internal
 */
export type MetricPointKey = Pick<
  MetricPointRecord,
  'entityRef' | 'metric' | 'ts' | 'labelsHash'
>;

/**
 * A half-open time range in milliseconds since the epoch: `from <= ts < to`.
 *
 * @internal
 */
export interface TimeRange {
  from: number;
  to: number;
}

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
 * The one definition of a metric time range in queries: `range.from <= ts < range.to`, in whole
 * milliseconds.
 */
function tsWithin(range: TimeRange) {
  return (query: Knex.QueryBuilder) => {
    query
      .where('ts', '>=', Math.floor(range.from))
      .where('ts', '<', Math.ceil(range.to));
  };
}

/**
 * The Platform Product plugin's tables: metric points and the daily adoption and scorecard
 * snapshots. Runs the plugin's migrations on creation unless `database.migrations.skip` is set.
 *
 * @internal
 */
export class PlatformProductStore {
  private constructor(private readonly db: Knex) {}

  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
  }): Promise<PlatformProductStore> {
    const { database, skipMigrations } = options;
    const client = await database.getClient();
    if (!database.migrations?.skip && !skipMigrations) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new PlatformProductStore(client);
  }

  /** Runs `fn` in one transaction: everything it writes through the given store, or nothing. */
  async transaction<T>(
    fn: (store: PlatformProductStore) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction(trx => fn(new PlatformProductStore(trx)));
  }

  /** Inserts the points, replacing the value of any stored point with the same key. */
  async upsertMetricPoints(
    points: readonly MetricPointRecord[],
    updatedAt: number,
  ): Promise<void> {
    for (const chunk of chunks(points)) {
      await this.db('metric_points')
        .insert(
          chunk.map(point => ({
            entity_ref: point.entityRef,
            metric: point.metric,
            ts: point.ts,
            labels_hash: point.labelsHash,
            labels: point.labels,
            value: point.value,
            updated_at: updatedAt,
          })),
        )
        .onConflict(['entity_ref', 'metric', 'ts', 'labels_hash'])
        .merge(['value', 'labels', 'updated_at']);
    }
  }

  /**
   * The stored values of the points with these keys, by {@link metricPointKeyString}; keys with no
   * stored point are absent.
   */
  async getMetricValues(
    keys: readonly MetricPointKey[],
  ): Promise<Map<string, number>> {
    const bySeries = new Map<string, MetricPointKey[]>();
    for (const key of keys) {
      const series = `${key.entityRef}\n${key.metric}`;
      bySeries.set(series, [...(bySeries.get(series) ?? []), key]);
    }
    const values = new Map<string, number>();
    for (const seriesKeys of bySeries.values()) {
      const { entityRef, metric } = seriesKeys[0];
      const times = [...new Set(seriesKeys.map(k => k.ts))];
      for (const chunk of chunks(times)) {
        const rows = await this.db('metric_points')
          .select('ts', 'labels_hash', 'value')
          .where({ entity_ref: entityRef, metric })
          .whereIn('ts', chunk);
        for (const row of rows) {
          values.set(
            metricPointKeyString({
              entityRef,
              metric,
              ts: Number(row.ts),
              labelsHash: row.labels_hash,
            }),
            Number(row.value),
          );
        }
      }
    }
    return values;
  }

  /**
   * Sums each metric of one entity over several windows that all end at `range.to`: `sums[i]` adds
   * the values with `ts >= starts[i]` (and `ts >= range.from`). One query for all the windows.
   */
  async sumMetricWindows(options: {
    entityRef: string;
    metrics: readonly string[];
    range: TimeRange;
    starts: readonly number[];
  }): Promise<Map<string, { sums: number[]; lastTs: number | null }>> {
    const { entityRef, metrics, range, starts } = options;
    const rows = await this.db('metric_points')
      .select(
        'metric',
        ...starts.map((start, i) =>
          this.db.raw(`SUM(CASE WHEN ts >= ? THEN value ELSE 0 END) AS w${i}`, [
            Math.floor(start),
          ]),
        ),
        this.db.raw('MAX(ts) AS last_ts'),
      )
      .where('entity_ref', entityRef)
      .whereIn('metric', metrics)
      .where(tsWithin(range))
      .groupBy('metric');
    return new Map(
      rows.map(row => [
        row.metric as string,
        {
          sums: starts.map((_, i) => Number(row[`w${i}`] ?? 0)),
          lastTs: row.last_ts === null ? null : Number(row.last_ts),
        },
      ]),
    );
  }

  /**
   * Sums each metric of one entity per time slice: slice `i` holds `i * sliceMs <= ts < (i + 1) *
   * sliceMs`. Returns only slices with points.
   */
  async sumMetricBySlice(options: {
    entityRef: string;
    metrics: readonly string[];
    range: TimeRange;
    sliceMs: number;
  }): Promise<
    Array<{ metric: string; slice: number; sum: number; lastTs: number }>
  > {
    const { entityRef, metrics, range, sliceMs } = options;
    const rows = await this.db('metric_points')
      .select(
        'metric',
        this.db.raw('CAST(ts / ? AS BIGINT) AS slice_index', [sliceMs]),
        this.db.raw('SUM(value) AS total'),
        this.db.raw('MAX(ts) AS last_ts'),
      )
      .where('entity_ref', entityRef)
      .whereIn('metric', metrics)
      .where(tsWithin(range))
      .groupBy('metric', 'slice_index');
    return rows.map(row => ({
      metric: row.metric,
      slice: Number(row.slice_index),
      sum: Number(row.total),
      lastTs: Number(row.last_ts),
    }));
  }

  /** The points of one metric of one entity, oldest first. */
  async listMetricPoints(options: {
    entityRef: string;
    metric: string;
    range: TimeRange;
  }): Promise<Array<{ ts: number; value: number }>> {
    const { entityRef, metric, range } = options;
    const rows = await this.db('metric_points')
      .select('ts', 'value')
      .where({ entity_ref: entityRef, metric })
      .where(tsWithin(range))
      .orderBy('ts');
    return rows.map(row => ({ ts: Number(row.ts), value: Number(row.value) }));
  }

  /** Sum and count of the points of one metric, per entity; entities without points are absent. */
  async aggregateMetricByEntity(options: {
    entityRefs: readonly string[];
    metric: string;
    range: TimeRange;
  }): Promise<Map<string, { sum: number; count: number }>> {
    const { entityRefs, metric, range } = options;
    const result = new Map<string, { sum: number; count: number }>();
    for (const chunk of chunks([...new Set(entityRefs)])) {
      const rows = await this.db('metric_points')
        .select(
          'entity_ref',
          this.db.raw('SUM(value) AS total'),
          this.db.raw('COUNT(*) AS points'),
        )
        .whereIn('entity_ref', chunk)
        .where('metric', metric)
        .where(tsWithin(range))
        .groupBy('entity_ref');
      for (const row of rows) {
        result.set(String(row.entity_ref), {
          sum: Number(row.total),
          count: Number(row.points),
        });
      }
    }
    return result;
  }

  /** The time of the oldest point of any of the metrics on any of the entities, or `null`. */
  async earliestMetricTs(options: {
    entityRefs: readonly string[];
    metrics: readonly string[];
  }): Promise<number | null> {
    let earliest: number | null = null;
    for (const chunk of chunks([...new Set(options.entityRefs)])) {
      const row = await this.db('metric_points')
        .min({ first: 'ts' })
        .whereIn('entity_ref', chunk)
        .whereIn('metric', options.metrics)
        .first();
      if (row?.first !== null && row?.first !== undefined) {
        const first = Number(row.first);
        earliest = earliest === null ? first : Math.min(earliest, first);
      }
    }
    return earliest;
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

/**
 * A string that identifies a metric point, for maps keyed by point.
 *
 * @internal
 */
export function metricPointKeyString(key: MetricPointKey): string {
  return `${key.entityRef}\n${key.metric}\n${key.ts}\n${key.labelsHash}`;
}

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK_SIZE) {
    result.push(items.slice(i, i + CHUNK_SIZE));
  }
  return result;
}
