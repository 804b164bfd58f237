import { DatabaseService } from '@backstage/backend-plugin-api';
import { getOrCompute } from '@platform-product/backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { chunks, connectDatabase } from '../database';
import {
  MetricPointKey,
  metricPointKeyString,
  MetricPointRecord,
  TimeRange,
  tsWithin,
} from './metricPoints';

/**
 * The metric points table, read and written: ingest (pushed or pulled points) writes it; SLO status,
 * scorecards and key results read it. The only class that touches the table.
 *
 * @internal
 */
export class MetricStore {
  private constructor(private readonly db: Knex) {}

  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
  }): Promise<MetricStore> {
    const { database, skipMigrations } = options;
    return new MetricStore(await connectDatabase(database, { skipMigrations }));
  }

  /** Runs `fn` in one transaction: everything it writes through the given store, or nothing. */
  async transaction<T>(fn: (store: MetricStore) => Promise<T>): Promise<T> {
    return this.db.transaction(trx => fn(new MetricStore(trx)));
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
      getOrCompute(bySeries, series, () => []).push(key);
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

  /**
   * The points of one metric on any of the entities within `range` (`from <= ts < to`), oldest
   * first; with `labels`, only the points that carry every one of them.
   */
  async listPoints(options: {
    entityRefs: readonly string[];
    metric: string;
    range: TimeRange;
    labels?: Record<string, string>;
  }): Promise<Array<{ ts: number; value: number }>> {
    const { metric, range, labels } = options;
    const points: Array<{ ts: number; value: number; labels: string }> = [];
    for (const chunk of chunks([...new Set(options.entityRefs)])) {
      const rows = await this.db('metric_points')
        .select('ts', 'value', 'labels')
        .whereIn('entity_ref', chunk)
        .where('metric', metric)
        .where(tsWithin(range));
      points.push(
        ...rows.map(row => ({
          ts: Number(row.ts),
          value: Number(row.value),
          labels: String(row.labels),
        })),
      );
    }
    const wanted = Object.entries(labels ?? {});
    return points
      .filter(point => {
        if (wanted.length === 0) return true;
        const has = JSON.parse(point.labels) as Record<string, string>;
        return wanted.every(([key, value]) => has[key] === value);
      })
      .map(({ ts, value }) => ({ ts, value }))
      .sort((a, b) => a.ts - b.ts);
  }

  /** Whether any point of the metric was ever stored for any of the entities. */
  async hasPoints(options: {
    entityRefs: readonly string[];
    metric: string;
  }): Promise<boolean> {
    for (const chunk of chunks([...new Set(options.entityRefs)])) {
      const row = await this.db('metric_points')
        .select('id')
        .whereIn('entity_ref', chunk)
        .where('metric', options.metric)
        .first();
      if (row) return true;
    }
    return false;
  }

  /** For each of these metrics of an entity: how many points are stored and the latest one's time. */
  async summarize(
    entityRef: string,
    metrics: readonly string[],
  ): Promise<Map<string, { points: number; lastTs: number | null }>> {
    const summary = new Map<string, { points: number; lastTs: number | null }>(
      metrics.map(metric => [metric, { points: 0, lastTs: null }]),
    );
    for (const chunk of chunks([...new Set(metrics)])) {
      const rows = await this.db('metric_points')
        .select('metric')
        .count({ points: '*' })
        .max({ last: 'ts' })
        .where('entity_ref', entityRef)
        .whereIn('metric', chunk)
        .groupBy('metric');
      for (const row of rows as Array<{
        metric: string;
        points: string | number;
        last: string | number | null;
      }>) {
        summary.set(String(row.metric), {
          points: Number(row.points),
          lastTs: row.last === null ? null : Number(row.last),
        });
      }
    }
    return summary;
  }

  /** How many points of one metric the entities have together, and the latest one's time. */
  async summarizeAcross(
    entityRefs: readonly string[],
    metric: string,
  ): Promise<{ points: number; lastTs: number | null }> {
    let points = 0;
    let lastTs: number | null = null;
    for (const chunk of chunks([...new Set(entityRefs)])) {
      const row = (await this.db('metric_points')
        .count({ points: '*' })
        .max({ last: 'ts' })
        .whereIn('entity_ref', chunk)
        .where('metric', metric)
        .first()) as { points: string | number; last: string | number | null };
      points += Number(row?.points ?? 0);
      if (row?.last !== null && row?.last !== undefined) {
        lastTs = Math.max(lastTs ?? -Infinity, Number(row.last));
      }
    }
    return { points, lastTs };
  }

  /**
   * Sum and count of the points of one metric of one entity within `range`, per value of one label
   * (points without it are left out): how a per-consumer pulled metric is read, one series per
   * service.
   */
  async aggregateMetricByLabel(options: {
    entityRef: string;
    metric: string;
    label: string;
    range: TimeRange;
  }): Promise<Map<string, { sum: number; count: number }>> {
    const { entityRef, metric, label, range } = options;
    const rows = await this.db('metric_points')
      .select(
        'labels',
        this.db.raw('SUM(value) AS total'),
        this.db.raw('COUNT(*) AS points'),
      )
      .where({ entity_ref: entityRef, metric })
      .where(tsWithin(range))
      .groupBy('labels');
    const result = new Map<string, { sum: number; count: number }>();
    for (const row of rows) {
      const value = (JSON.parse(String(row.labels)) as Record<string, string>)[
        label
      ];
      if (value !== undefined) {
        const before = result.get(value) ?? { sum: 0, count: 0 };
        result.set(value, {
          sum: before.sum + Number(row.total),
          count: before.count + Number(row.points),
        });
      }
    }
    return result;
  }

  /** Deletes every point of one metric of an entity; answers how many were deleted. */
  async deleteMetric(entityRef: string, metric: string): Promise<number> {
    return this.db('metric_points')
      .where({ entity_ref: entityRef, metric })
      .delete();
  }

  /** The metrics stored for an entity, sorted by name. */
  async metricNames(entityRef: string): Promise<string[]> {
    const rows = await this.db('metric_points')
      .distinct('metric')
      .where('entity_ref', entityRef)
      .orderBy('metric');
    return rows.map(row => String(row.metric));
  }
}
