import { DatabaseService } from '@backstage/backend-plugin-api';
import { DataSourceProblem } from '@platform-product/backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { connectDatabase } from '../../core/database';

/**
 * The state of one pulled source, as stored.
 *
 * @internal
 */
export interface SourcePullRecord {
  platformRef: string;
  metric: string;
  sourceHash: string;
  lastAttemptAt: number | null;
  lastSuccessAt: number | null;
  pulledUntil: number | null;
  problem: DataSourceProblem | null;
  error: string | null;
}

/**
 * Where each pulled source stands: when it was pulled, up to which step, and its last problem.
 *
 * @internal
 */
export class DataSourceStore {
  private constructor(private readonly db: Knex) {}

  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
  }): Promise<DataSourceStore> {
    const { database, skipMigrations } = options;
    return new DataSourceStore(
      await connectDatabase(database, { skipMigrations }),
    );
  }

  async list(platformRef: string): Promise<SourcePullRecord[]> {
    const rows = await this.db('metric_source_pulls').where(
      'platform_ref',
      platformRef,
    );
    return rows.map(row => ({
      platformRef: row.platform_ref,
      metric: row.metric,
      sourceHash: row.source_hash,
      lastAttemptAt:
        row.last_attempt_at === null ? null : Number(row.last_attempt_at),
      lastSuccessAt:
        row.last_success_at === null ? null : Number(row.last_success_at),
      pulledUntil: row.pulled_until === null ? null : Number(row.pulled_until),
      problem: row.problem,
      error: row.error,
    }));
  }

  async get(
    platformRef: string,
    metric: string,
  ): Promise<SourcePullRecord | undefined> {
    return (await this.list(platformRef)).find(r => r.metric === metric);
  }

  /** Writes the state of a source, replacing what it had. */
  async put(record: SourcePullRecord): Promise<void> {
    await this.db('metric_source_pulls')
      .insert({
        platform_ref: record.platformRef,
        metric: record.metric,
        source_hash: record.sourceHash,
        last_attempt_at: record.lastAttemptAt,
        last_success_at: record.lastSuccessAt,
        pulled_until: record.pulledUntil,
        problem: record.problem,
        error: record.error,
      })
      .onConflict(['platform_ref', 'metric'])
      .merge();
  }
}
