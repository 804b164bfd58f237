import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { TimeRange } from './PlatformProductStore';

/** Entities per statement: well under SQLite's and PostgreSQL's limits on bound parameters. */
const CHUNK_SIZE = 500;

/**
 * Reads of the metric points table that key results need: the points of one metric across several
 * entities (a platform and its consumers), optionally only those with given labels, and what
 * metrics exist. Ingest writes the table (see PlatformProductStore); this class only reads it.
 *
 * @internal
 */
export class MetricSeriesReader {
  private constructor(private readonly db: Knex) {}

  /** A reader over the plugin's database; the table's migrations run with PlatformProductStore. */
  static async create(options: {
    database: DatabaseService;
  }): Promise<MetricSeriesReader> {
    return new MetricSeriesReader(await options.database.getClient());
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
    for (const chunk of chunks(options.entityRefs)) {
      const rows = await this.db('metric_points')
        .select('ts', 'value', 'labels')
        .whereIn('entity_ref', chunk)
        .where('metric', metric)
        .where('ts', '>=', Math.floor(range.from))
        .where('ts', '<', Math.ceil(range.to));
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
    for (const chunk of chunks(options.entityRefs)) {
      const row = await this.db('metric_points')
        .select('id')
        .whereIn('entity_ref', chunk)
        .where('metric', options.metric)
        .first();
      if (row) return true;
    }
    return false;
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

function chunks<T>(items: readonly T[]): T[][] {
  const unique = [...new Set(items)];
  const result: T[][] = [];
  for (let i = 0; i < unique.length; i += CHUNK_SIZE) {
    result.push(unique.slice(i, i + CHUNK_SIZE));
  }
  return result;
}
