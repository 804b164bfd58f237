import { DatabaseService } from '@backstage/backend-plugin-api';
import { AnnouncementKind } from '@platform-product/backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import {
  connectDatabase,
  versionedDelete,
  versionedUpdate,
} from '../../core/database';

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
  private constructor(private readonly db: Knex) {}

  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
  }): Promise<AnnouncementStore> {
    const { database, skipMigrations } = options;
    return new AnnouncementStore(
      await connectDatabase(database, { skipMigrations }),
    );
  }

  /** Runs `fn` in one transaction: everything it writes through the given store, or nothing. */
  async transaction<T>(
    fn: (store: AnnouncementStore) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction(trx => fn(new AnnouncementStore(trx)));
  }

  /**
   * The announcements of these platforms, newest first; with `relevantAt`, only those still
   * relevant then.
   */
  async listAnnouncements(options: {
    platformRefs: readonly string[];
    relevantAt?: number;
  }): Promise<AnnouncementRecord[]> {
    if (options.platformRefs.length === 0) return [];
    const query = this.db('announcements')
      .whereIn('platform_ref', [...new Set(options.platformRefs)])
      .orderBy([
        { column: 'posted_at', order: 'desc' },
        { column: 'id', order: 'asc' },
      ]);
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
  }

  /** Replaces the announcement's fields if it is still at `version`; whether it was. */
  async updateAnnouncement(options: {
    platformRef: string;
    id: string;
    version: number;
    fields: AnnouncementFields;
    updatedAt: number;
  }): Promise<boolean> {
    return versionedUpdate(
      this.db,
      'announcements',
      { platform_ref: options.platformRef, id: options.id },
      options.version,
      { ...columns(options.fields), updated_at: options.updatedAt },
    );
  }

  /** Deletes the announcement if it is still at `version`; whether it was. */
  async deleteAnnouncement(options: {
    platformRef: string;
    id: string;
    version: number;
  }): Promise<boolean> {
    return versionedDelete(
      this.db,
      'announcements',
      { platform_ref: options.platformRef, id: options.id },
      options.version,
    );
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
