import { DatabaseService } from '@backstage/backend-plugin-api';
import { AnnouncementKind } from '@platform-product/backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import {
  connectDatabase,
  SharedRead,
  versionedDelete,
  versionedUpdate,
} from '../../core/database';

/**
 * How far before the time of the shared read it also reads announcements that were relevant, so
 * that callers whose clock is a little behind are answered from it too.
 */
const RELEVANT_SLACK_MS = 60_000;

/** The announcements relevant after `since`, as one shared read holds them. */
interface RelevantAnnouncements {
  since: number;
  records: readonly AnnouncementRecord[];
}

/**
 * An announcement as stored; times in milliseconds since the epoch.
 *
 * @internal
 */
export interface AnnouncementRecord {
  id: string;
  platformRef: string;
  kind: AnnouncementKind;
  title: string;
  body: string;
  startsAt?: number;
  endsAt?: number;
  /** Shown while now is before it. */
  relevantUntil: number;
  postedBy: string;
  postedAt: number;
  updatedAt: number;
  version: number;
}

/** The fields an edit sets. */
type AnnouncementFields = Pick<
  AnnouncementRecord,
  'kind' | 'title' | 'body' | 'startsAt' | 'endsAt' | 'relevantUntil'
>;

/**
 * Announcements of platforms, and who follows which platform. Edits and deletes name the version
 * they read and change nothing when it is no longer the stored one (the caller answers 409).
 *
 * @internal
 */
export class AnnouncementStore {
  private constructor(
    private readonly db: Knex,
    /** Every platform's relevant announcements, read once every few seconds for the service cards. */
    private readonly relevant: SharedRead<RelevantAnnouncements>,
  ) {}

  /**
   * @param options - with `sharedReadTtlMs`: how long the rows every service card reads are
   * reused on this replica (see {@link SharedRead})
   */
  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
    sharedReadTtlMs?: number;
  }): Promise<AnnouncementStore> {
    const { database, skipMigrations, sharedReadTtlMs } = options;
    const db = await connectDatabase(database, { skipMigrations });
    const store: AnnouncementStore = new AnnouncementStore(
      db,
      new SharedRead(
        async () => {
          const since = Date.now() - RELEVANT_SLACK_MS;
          const records = await store.listAnnouncements({
            platformRefs: undefined,
            relevantAt: since,
          });
          return { since, records };
        },
        { ttlMs: sharedReadTtlMs },
      ),
    );
    return store;
  }

  /** Runs `fn` in one transaction: everything it writes through the given store, or nothing. */
  async transaction<T>(
    fn: (store: AnnouncementStore) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.db.transaction(trx =>
        fn(new AnnouncementStore(trx, this.relevant)),
      );
    } finally {
      // Its writes forgot the shared read before they were committed; a read since then may
      // have kept the rows as they were.
      this.relevant.forget();
    }
  }

  /**
   * The announcements of these platforms still relevant at `at`, newest first: what every service
   * card shows, from a read made on this replica at most a few seconds ago (see
   * {@link SharedRead}); a time before that read's is read from the database. Callers must not
   * change them.
   */
  async listRelevantAnnouncements(
    platformRefs: readonly string[],
    at: number,
  ): Promise<readonly AnnouncementRecord[]> {
    if (platformRefs.length === 0) return [];
    const { since, records } = await this.relevant.get();
    if (at < since) {
      return this.listAnnouncements({ platformRefs, relevantAt: at });
    }
    const refs = new Set(platformRefs);
    return records.filter(
      record => refs.has(record.platformRef) && record.relevantUntil > at,
    );
  }

  /**
   * The announcements of these platforms, newest first; with `relevantAt`, only those still
   * relevant then.
   */
  async listAnnouncements(options: {
    /** Every platform's when undefined. */
    platformRefs: readonly string[] | undefined;
    relevantAt?: number;
  }): Promise<AnnouncementRecord[]> {
    const { platformRefs } = options;
    if (platformRefs?.length === 0) return [];
    const query = this.db('announcements').orderBy([
      { column: 'posted_at', order: 'desc' },
      { column: 'id', order: 'asc' },
    ]);
    if (platformRefs) {
      query.whereIn('platform_ref', [...new Set(platformRefs)]);
    }
    if (options.relevantAt !== undefined) {
      query.where('relevant_until', '>', Math.floor(options.relevantAt));
    }
    return (await query).map(toAnnouncement);
  }

  async getAnnouncement(
    platformRef: string,
    id: string,
  ): Promise<AnnouncementRecord | undefined> {
    const row = await this.db('announcements')
      .where({ platform_ref: platformRef, id })
      .first();
    return row ? toAnnouncement(row) : undefined;
  }

  async insertAnnouncement(
    record: Omit<AnnouncementRecord, 'version' | 'updatedAt'>,
  ): Promise<void> {
    await this.db('announcements').insert({
      id: record.id,
      platform_ref: record.platformRef,
      ...columns(record),
      posted_by: record.postedBy,
      posted_at: record.postedAt,
      updated_at: record.postedAt,
      version: 1,
    });
    this.relevant.forget();
  }

  /** Replaces the announcement's fields if it is still at `version`; whether it was. */
  async updateAnnouncement(options: {
    platformRef: string;
    id: string;
    version: number;
    fields: AnnouncementFields;
    updatedAt: number;
  }): Promise<boolean> {
    const updated = await versionedUpdate(
      this.db,
      'announcements',
      { platform_ref: options.platformRef, id: options.id },
      options.version,
      { ...columns(options.fields), updated_at: options.updatedAt },
    );
    this.relevant.forget();
    return updated;
  }

  /** Deletes the announcement if it is still at `version`; whether it was. */
  async deleteAnnouncement(options: {
    platformRef: string;
    id: string;
    version: number;
  }): Promise<boolean> {
    const deleted = await versionedDelete(
      this.db,
      'announcements',
      { platform_ref: options.platformRef, id: options.id },
      options.version,
    );
    this.relevant.forget();
    return deleted;
  }

  /** Makes the user follow the platform; following twice changes nothing. */
  async follow(options: {
    platformRef: string;
    userRef: string;
    at: number;
  }): Promise<void> {
    await this.db('platform_follows')
      .insert({
        platform_ref: options.platformRef,
        user_ref: options.userRef,
        created_at: options.at,
      })
      .onConflict(['platform_ref', 'user_ref'])
      .ignore();
  }

  /** Makes the user stop following the platform; unfollowing twice changes nothing. */
  async unfollow(options: {
    platformRef: string;
    userRef: string;
  }): Promise<void> {
    await this.db('platform_follows')
      .where({
        platform_ref: options.platformRef,
        user_ref: options.userRef,
      })
      .delete();
  }

  /** The users who follow the platform, sorted. */
  async listFollowers(platformRef: string): Promise<string[]> {
    const rows = await this.db('platform_follows')
      .select('user_ref')
      .where('platform_ref', platformRef)
      .orderBy('user_ref');
    return rows.map(row => String(row.user_ref));
  }
}

function columns(fields: AnnouncementFields) {
  return {
    kind: fields.kind,
    title: fields.title,
    body: fields.body,
    starts_at: fields.startsAt ?? null,
    ends_at: fields.endsAt ?? null,
    relevant_until: fields.relevantUntil,
  };
}

function toAnnouncement(row: any): AnnouncementRecord {
  return {
    id: row.id,
    platformRef: row.platform_ref,
    kind: row.kind,
    title: row.title,
    body: row.body,
    ...(row.starts_at === null ? {} : { startsAt: Number(row.starts_at) }),
    ...(row.ends_at === null ? {} : { endsAt: Number(row.ends_at) }),
    relevantUntil: Number(row.relevant_until),
    postedBy: row.posted_by,
    postedAt: Number(row.posted_at),
    updatedAt: Number(row.updated_at),
    version: Number(row.version),
  };
}
