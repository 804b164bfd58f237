import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import type {
  InvestmentMix,
  RoadmapCategory,
  RoadmapConfidence,
  RoadmapHistoryEntry,
  RoadmapHorizon,
  RoadmapOutcome,
  RoadmapStatus,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  connectDatabase,
  SharedRead,
  versionedUpdate,
} from '../../core/database';

/**
 * A roadmap item as stored; times in milliseconds since the epoch.
 *
 * @internal
 */
export interface RoadmapItemRecord {
  id: string;
  platformRef: string;
  horizon: RoadmapHorizon;
  rank: string;
  title: string;
  problem: string;
  hypothesis: string;
  confidence: RoadmapConfidence;
  status: RoadmapStatus;
  personas: string[];
  category: RoadmapCategory;
  keyResultId: string | null;
  source: 'ui' | 'file';
  fileId: string | null;
  version: number;
  createdBy: string;
  createdAt: number;
  updatedBy: string;
  updatedAt: number;
  shippedAt: number | null;
  reviewDueAt: number | null;
  reviewNotifiedAt: number | null;
  outcome: RoadmapOutcome | null;
  outcomeNotes: string | null;
  reviewedBy: string | null;
  reviewedAt: number | null;
}

/**
 * One change to record in an item's history.
 *
 * @internal
 */
export interface RoadmapHistoryRecord {
  itemId: string;
  platformRef: string;
  action: RoadmapHistoryEntry['action'];
  /** The item version the change produced. */
  version: number;
  field: string | null;
  from: unknown;
  to: unknown;
  actor: string;
  at: number;
}

/**
 * A platform's roadmap settings.
 *
 * @internal
 */
export interface RoadmapSettingsRecord {
  platformRef: string;
  investmentMix: InvestmentMix | null;
  mixSource: 'ui' | 'file' | null;
  mixUpdatedBy: string | null;
  mixUpdatedAt: number | null;
  importLocation: string | null;
  importStatus: 'ok' | 'failed' | null;
  importAt: number | null;
  importError: string | null;
  importWarnings: string[];
}

type Row = Record<string, any>;

const num = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);

function toItem(row: Row): RoadmapItemRecord {
  return {
    id: row.id,
    platformRef: row.platform_ref,
    horizon: row.horizon,
    rank: row.rank,
    title: row.title,
    problem: row.problem,
    hypothesis: row.hypothesis,
    confidence: row.confidence,
    status: row.status,
    personas: JSON.parse(row.personas),
    category: row.category,
    keyResultId: row.key_result_id ?? null,
    source: row.source,
    fileId: row.file_id ?? null,
    version: Number(row.version),
    createdBy: row.created_by,
    createdAt: Number(row.created_at),
    updatedBy: row.updated_by,
    updatedAt: Number(row.updated_at),
    shippedAt: num(row.shipped_at),
    reviewDueAt: num(row.review_due_at),
    reviewNotifiedAt: num(row.review_notified_at),
    outcome: row.outcome ?? null,
    outcomeNotes: row.outcome_notes ?? null,
    reviewedBy: row.reviewed_by ?? null,
    reviewedAt: num(row.reviewed_at),
  };
}

const ITEM_COLUMNS: Record<keyof RoadmapItemRecord, string> = {
  id: 'id',
  platformRef: 'platform_ref',
  horizon: 'horizon',
  rank: 'rank',
  title: 'title',
  problem: 'problem',
  hypothesis: 'hypothesis',
  confidence: 'confidence',
  status: 'status',
  personas: 'personas',
  category: 'category',
  keyResultId: 'key_result_id',
  source: 'source',
  fileId: 'file_id',
  version: 'version',
  createdBy: 'created_by',
  createdAt: 'created_at',
  updatedBy: 'updated_by',
  updatedAt: 'updated_at',
  shippedAt: 'shipped_at',
  reviewDueAt: 'review_due_at',
  reviewNotifiedAt: 'review_notified_at',
  outcome: 'outcome',
  outcomeNotes: 'outcome_notes',
  reviewedBy: 'reviewed_by',
  reviewedAt: 'reviewed_at',
};

function toRow(item: Partial<RoadmapItemRecord>): Row {
  const row: Row = {};
  for (const [key, value] of Object.entries(item)) {
    const column = ITEM_COLUMNS[key as keyof RoadmapItemRecord];
    row[column] = key === 'personas' ? JSON.stringify(value) : value;
  }
  return row;
}

const SETTINGS_COLUMNS: Record<
  Exclude<keyof RoadmapSettingsRecord, 'platformRef'>,
  string
> = {
  investmentMix: 'investment_mix',
  mixSource: 'mix_source',
  mixUpdatedBy: 'mix_updated_by',
  mixUpdatedAt: 'mix_updated_at',
  importLocation: 'import_location',
  importStatus: 'import_status',
  importAt: 'import_at',
  importError: 'import_error',
  importWarnings: 'import_warnings',
};

/**
 * The roadmap tables: items, their history and each platform's roadmap settings. Connects through
 * {@link connectDatabase}, so the plugin's migrations run once unless `database.migrations.skip`
 * (or `skipMigrations`) is set.
 *
 * @internal
 */
export class RoadmapStore {
  private constructor(
    private readonly db: Knex,
    /** Every platform's open Now items, read once every few seconds for the service cards. */
    private readonly openNow: SharedRead<readonly RoadmapItemRecord[]>,
  ) {}

  /**
   * @param options - with `sharedReadTtlMs`: how long the rows every service card reads are
   * reused on this replica (see {@link SharedRead})
   */
  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
    sharedReadTtlMs?: number;
  }): Promise<RoadmapStore> {
    const { database, skipMigrations, sharedReadTtlMs } = options;
    const db = await connectDatabase(database, { skipMigrations });
    return new RoadmapStore(
      db,
      new SharedRead(
        async () =>
          (
            await db('roadmap_items')
              .where('horizon', 'now')
              .whereNotIn('status', ['dropped', 'shipped'])
          ).map(toItem),
        { ttlMs: sharedReadTtlMs },
      ),
    );
  }

  /** Runs `fn` in one transaction: everything it writes through the given store, or nothing. */
  async transaction<T>(fn: (store: RoadmapStore) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(trx =>
        fn(new RoadmapStore(trx, this.openNow)),
      );
    } finally {
      // Its writes forgot the shared read before they were committed; a read since then may
      // have kept the rows as they were.
      this.openNow.forget();
    }
  }

  /** The items of these platforms (all platforms when omitted), in no particular order. */
  async listItems(
    platformRefs?: readonly string[],
  ): Promise<RoadmapItemRecord[]> {
    const query = this.db('roadmap_items').select('*');
    if (platformRefs) {
      query.whereIn('platform_ref', [...platformRefs]);
    }
    return (await query).map(toItem);
  }

  /**
   * The items of these platforms in Now, neither dropped nor shipped, in no particular order: what
   * every service card shows, read on this replica at most a few seconds ago (see
   * {@link SharedRead}), never through a transaction (on SQLite, within one it would wait for
   * its own connection). Callers must not change them.
   */
  async listOpenNowItems(
    platformRefs: readonly string[],
  ): Promise<readonly RoadmapItemRecord[]> {
    const refs = new Set(platformRefs);
    return (await this.openNow.get()).filter(item =>
      refs.has(item.platformRef),
    );
  }

  async getItem(
    platformRef: string,
    id: string,
  ): Promise<RoadmapItemRecord | undefined> {
    const row = await this.db('roadmap_items')
      .where({ platform_ref: platformRef, id })
      .first();
    return row ? toItem(row) : undefined;
  }

  async insertItem(item: RoadmapItemRecord): Promise<void> {
    await this.db('roadmap_items').insert(toRow(item));
    this.openNow.forget();
  }

  /**
   * Writes the changes if the item is still at `expectedVersion`, and bumps the version.
   *
   * @returns whether the item was updated (false: it changed or went away meanwhile)
   */
  async updateItem(
    id: string,
    expectedVersion: number,
    changes: Partial<RoadmapItemRecord>,
  ): Promise<boolean> {
    const updated = await versionedUpdate(
      this.db,
      'roadmap_items',
      { id },
      expectedVersion,
      toRow(changes),
    );
    this.openNow.forget();
    return updated;
  }

  async deleteItem(id: string): Promise<void> {
    await this.db('roadmap_items').where({ id }).delete();
    this.openNow.forget();
  }

  async addHistory(entries: readonly RoadmapHistoryRecord[]): Promise<void> {
    if (entries.length === 0) return;
    await this.db('roadmap_item_history').insert(
      entries.map(entry => ({
        item_id: entry.itemId,
        platform_ref: entry.platformRef,
        action: entry.action,
        version: entry.version,
        field: entry.field,
        from_value:
          entry.from === undefined ? null : JSON.stringify(entry.from),
        to_value: entry.to === undefined ? null : JSON.stringify(entry.to),
        actor: entry.actor,
        at: entry.at,
      })),
    );
  }

  /**
   * An item's history, oldest first; with `afterVersion`, only the changes that produced a later
   * version.
   */
  async listHistory(
    itemId: string,
    afterVersion?: number,
  ): Promise<Array<RoadmapHistoryRecord & { id: number }>> {
    const query = this.db('roadmap_item_history')
      .where({ item_id: itemId })
      .orderBy('id', 'asc');
    if (afterVersion !== undefined) {
      query.where('version', '>', afterVersion);
    }
    return (await query).map(row => ({
      id: Number(row.id),
      itemId: row.item_id,
      platformRef: row.platform_ref,
      action: row.action,
      version: Number(row.version),
      field: row.field ?? null,
      from: row.from_value === null ? null : JSON.parse(row.from_value),
      to: row.to_value === null ? null : JSON.parse(row.to_value),
      actor: row.actor,
      at: Number(row.at),
    }));
  }

  async getSettings(
    platformRef: string,
  ): Promise<RoadmapSettingsRecord | undefined> {
    const row = await this.db('roadmap_settings')
      .where({ platform_ref: platformRef })
      .first();
    if (!row) return undefined;
    return {
      platformRef: row.platform_ref,
      investmentMix: row.investment_mix ? JSON.parse(row.investment_mix) : null,
      mixSource: row.mix_source ?? null,
      mixUpdatedBy: row.mix_updated_by ?? null,
      mixUpdatedAt: num(row.mix_updated_at),
      importLocation: row.import_location ?? null,
      importStatus: row.import_status ?? null,
      importAt: num(row.import_at),
      importError: row.import_error ?? null,
      importWarnings: row.import_warnings
        ? JSON.parse(row.import_warnings)
        : [],
    };
  }

  /** Writes the given settings of a platform, creating its row if needed. */
  async updateSettings(
    platformRef: string,
    changes: Partial<Omit<RoadmapSettingsRecord, 'platformRef'>>,
  ): Promise<void> {
    const row: Row = {};
    for (const [key, value] of Object.entries(changes)) {
      const column = SETTINGS_COLUMNS[key as keyof typeof SETTINGS_COLUMNS];
      const isJson = key === 'investmentMix' || key === 'importWarnings';
      row[column] = isJson && value !== null ? JSON.stringify(value) : value;
    }
    await this.db('roadmap_settings')
      .insert({ platform_ref: platformRef, ...row })
      .onConflict('platform_ref')
      .merge(row);
  }

  /** Shipped items whose outcome review is due at `now`, not recorded and not yet reminded of. */
  async listDueReviews(now: number): Promise<RoadmapItemRecord[]> {
    const rows = await this.db('roadmap_items')
      .where('status', 'shipped')
      .where('review_due_at', '<=', now)
      .whereNull('outcome')
      .whereNull('review_notified_at');
    return rows.map(toItem);
  }

  /**
   * Marks the item's review reminder as sent, unless another run already did.
   *
   * @returns whether this call claimed the reminder
   */
  async claimReviewReminder(id: string, at: number): Promise<boolean> {
    const updated = await this.db('roadmap_items')
      .where({ id })
      .whereNull('review_notified_at')
      .update({ review_notified_at: at });
    this.openNow.forget();
    return updated === 1;
  }

  /** Undoes {@link claimReviewReminder} when the reminder could not be sent, so a later run retries. */
  async releaseReviewReminder(id: string): Promise<void> {
    await this.db('roadmap_items')
      .where({ id })
      .update({ review_notified_at: null });
    this.openNow.forget();
  }
}
