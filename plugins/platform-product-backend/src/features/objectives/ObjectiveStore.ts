import { DatabaseService } from '@backstage/backend-plugin-api';

import {
  EnablementCategory,
  KeyResultBinding,
  KeyResultDirection,
  KeyResultScope,
} from '@platform-product/backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import {
  chunks,
  connectDatabase,
  versionedDelete,
  versionedUpdate,
} from '../../core/database';

/**
 * An objective as stored.
 *
 * @internal
 */
export interface ObjectiveRecord {
  platformRef: string;
  id: string;
  title: string;
  description?: string;
  category: EnablementCategory;
  period?: string;
  version: number;
  createdAt: number;
  updatedAt: number;
}

/**
 * A key result as stored.
 *
 * @internal
 */
export interface KeyResultRecord {
  platformRef: string;
  id: string;
  objectiveId: string;
  title: string;
  binding: KeyResultBinding;
  /** The group it is scoped to (its ref normalised), if any. */
  scope?: KeyResultScope;
  baseline: number;
  target: number;
  direction: KeyResultDirection;
  position: number;
  version: number;
  createdAt: number;
  updatedAt: number;
}

/** The fields a write sets; the store keeps ids, versions and creation times. */
type ObjectiveFields = Pick<
  ObjectiveRecord,
  'title' | 'description' | 'category' | 'period'
>;
type KeyResultFields = Pick<
  KeyResultRecord,
  'title' | 'binding' | 'scope' | 'baseline' | 'target' | 'direction'
>;

/**
 * The objectives and key results of platforms. Writes that replace or delete name the version
 * they read and change nothing when it is no longer the stored one (the caller answers 409).
 *
 * @internal
 */
export class ObjectiveStore {
  private constructor(private readonly db: Knex) {}

  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
  }): Promise<ObjectiveStore> {
    const { database, skipMigrations } = options;
    return new ObjectiveStore(
      await connectDatabase(database, { skipMigrations }),
    );
  }

  /** Runs `fn` in one transaction: everything it writes through the given store, or nothing. */
  async transaction<T>(fn: (store: ObjectiveStore) => Promise<T>): Promise<T> {
    return this.db.transaction(trx => fn(new ObjectiveStore(trx)));
  }

  /** The objectives of a platform, oldest first. */
  async listObjectives(platformRef: string): Promise<ObjectiveRecord[]> {
    const rows = await this.db('objectives')
      .where('platform_ref', platformRef)
      .orderBy([{ column: 'created_at' }, { column: 'id' }]);
    return rows.map(toObjective);
  }

  async getObjective(
    platformRef: string,
    id: string,
  ): Promise<ObjectiveRecord | undefined> {
    const row = await this.db('objectives')
      .where({ platform_ref: platformRef, id })
      .first();
    return row ? toObjective(row) : undefined;
  }

  async insertObjective(
    record: Omit<ObjectiveRecord, 'version' | 'updatedAt'>,
  ): Promise<void> {
    await this.db('objectives').insert({
      platform_ref: record.platformRef,
      id: record.id,
      ...objectiveColumns(record),
      version: 1,
      created_at: record.createdAt,
      updated_at: record.createdAt,
    });
  }

  /** Replaces the objective's fields if it is still at `version`; whether it was. */
  async updateObjective(options: {
    platformRef: string;
    id: string;
    version: number;
    fields: ObjectiveFields;
    updatedAt: number;
  }): Promise<boolean> {
    return versionedUpdate(
      this.db,
      'objectives',
      { platform_ref: options.platformRef, id: options.id },
      options.version,
      { ...objectiveColumns(options.fields), updated_at: options.updatedAt },
    );
  }

  /** Deletes the objective and its key results if it is still at `version`; whether it was. */
  async deleteObjective(options: {
    platformRef: string;
    id: string;
    version: number;
  }): Promise<boolean> {
    const deleted = await versionedDelete(
      this.db,
      'objectives',
      { platform_ref: options.platformRef, id: options.id },
      options.version,
    );
    if (deleted) {
      await this.db('key_results')
        .where({ platform_ref: options.platformRef, objective_id: options.id })
        .delete();
    }
    return deleted;
  }

  /** The key results of a platform, by objective and position. */
  async listKeyResults(platformRef: string): Promise<KeyResultRecord[]> {
    const rows = await this.db('key_results')
      .where('platform_ref', platformRef)
      .orderBy([
        { column: 'objective_id' },
        { column: 'position' },
        { column: 'id' },
      ]);
    return rows.map(toKeyResult);
  }

  /**
   * The key results of every platform scoped to one of these groups (lower-case refs), by
   * platform, objective and position.
   */
  async listKeyResultsScopedTo(
    groupRefs: readonly string[],
  ): Promise<KeyResultRecord[]> {
    const records: KeyResultRecord[] = [];
    for (const slice of chunks([...new Set(groupRefs)])) {
      const rows = await this.db('key_results').whereIn('scope_ref', slice);
      records.push(...rows.map(toKeyResult));
    }
    return records.sort(
      (a, b) =>
        compare(a.platformRef, b.platformRef) ||
        compare(a.objectiveId, b.objectiveId) ||
        a.position - b.position ||
        compare(a.id, b.id),
    );
  }

  async getKeyResult(
    platformRef: string,
    id: string,
  ): Promise<KeyResultRecord | undefined> {
    const row = await this.db('key_results')
      .where({ platform_ref: platformRef, id })
      .first();
    return row ? toKeyResult(row) : undefined;
  }

  /** Adds a key result at the end of its objective. */
  async insertKeyResult(
    record: Omit<KeyResultRecord, 'version' | 'updatedAt' | 'position'>,
  ): Promise<void> {
    const row = await this.db('key_results')
      .max({ last: 'position' })
      .where({
        platform_ref: record.platformRef,
        objective_id: record.objectiveId,
      })
      .first();
    const last =
      row?.last === null || row?.last === undefined ? -1 : Number(row.last);
    await this.db('key_results').insert({
      platform_ref: record.platformRef,
      id: record.id,
      objective_id: record.objectiveId,
      ...keyResultColumns(record),
      position: last + 1,
      version: 1,
      created_at: record.createdAt,
      updated_at: record.createdAt,
    });
  }

  /** Replaces the key result's fields if it is still at `version`; whether it was. */
  async updateKeyResult(options: {
    platformRef: string;
    id: string;
    version: number;
    fields: KeyResultFields;
    updatedAt: number;
  }): Promise<boolean> {
    return versionedUpdate(
      this.db,
      'key_results',
      { platform_ref: options.platformRef, id: options.id },
      options.version,
      { ...keyResultColumns(options.fields), updated_at: options.updatedAt },
    );
  }

  /** Deletes the key result if it is still at `version`; whether it was. */
  async deleteKeyResult(options: {
    platformRef: string;
    id: string;
    version: number;
  }): Promise<boolean> {
    const deleted = await versionedDelete(
      this.db,
      'key_results',
      { platform_ref: options.platformRef, id: options.id },
      options.version,
    );
    return deleted;
  }
}

function objectiveColumns(fields: ObjectiveFields) {
  return {
    title: fields.title,
    description: fields.description ?? null,
    category: fields.category,
    period: fields.period ?? null,
  };
}

function keyResultColumns(fields: KeyResultFields) {
  return {
    title: fields.title,
    binding: JSON.stringify(fields.binding),
    scope_ref: fields.scope?.groupRef ?? null,
    baseline: fields.baseline,
    target: fields.target,
    direction: fields.direction,
  };
}

function toObjective(row: any): ObjectiveRecord {
  return {
    platformRef: row.platform_ref,
    id: row.id,
    title: row.title,
    ...(row.description === null ? {} : { description: row.description }),
    category: row.category,
    ...(row.period === null ? {} : { period: row.period }),
    version: Number(row.version),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

function toKeyResult(row: any): KeyResultRecord {
  return {
    platformRef: row.platform_ref,
    id: row.id,
    objectiveId: row.objective_id,
    title: row.title,
    binding: JSON.parse(row.binding),
    ...(row.scope_ref ? { scope: { groupRef: row.scope_ref } } : {}),
    baseline: Number(row.baseline),
    target: Number(row.target),
    direction: row.direction,
    position: Number(row.position),
    version: Number(row.version),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

function compare(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
