import { randomUUID } from 'node:crypto';
import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { conflictOrMissing } from '../../core/database';
import { throwIfInvalid } from '../../core/http';
import {
  Announcement,
  AnnouncementInput,
  AnnouncementList,
  announcementRelevantUntil,
  announcementTiming,
  FollowState,
  parseIsoDateTime,
  platformTabPath,
  validateAnnouncementInput,
} from '@platform-product/backstage-plugin-platform-product-common';
import { AnnouncementRecord, AnnouncementStore } from './AnnouncementStore';
import type { NotificationPayload } from '@backstage/plugin-notifications-common';
import { EntityPermissions } from '../../core/catalog/EntityPermissions';
import { PlatformAudience } from '../../ports';
import {
  platformTitle,
  ResolvedPlatform,
} from '../../core/catalog/PlatformCatalog';
import { PlatformAudienceService } from './PlatformAudienceService';

/** The kind of an announcement, as a notification says it. */
const KIND_LABELS: Record<Announcement['kind'], string> = {
  'planned-change': 'Planned change',
  maintenance: 'Maintenance',
  incident: 'Incident',
  release: 'Release',
  'deprecation-notice': 'Deprecation notice',
};

/**
 * Announcements of a platform (owners post, edit and delete them, versioned; everyone reads) and
 * follows (each user follows or unfollows for themselves). Posting notifies the platform's
 * audience: its followers and the owners of its consumers.
 *
 * @internal
 */
export class AnnouncementService implements PlatformAudience {
  constructor(
    private readonly options: {
      store: AnnouncementStore;
      audience: PlatformAudienceService;
      entityPermissions: EntityPermissions;
      logger: LoggerService;
      now: () => Date;
    },
  ) {}

  /** The platform's announcements, newest first; only the relevant ones unless `all`. */
  async list(
    platform: ResolvedPlatform,
    options?: { all?: boolean },
  ): Promise<AnnouncementList> {
    return {
      platformRef: platform.ref,
      items: await this.listFor([platform.ref], options),
    };
  }

  /** The announcements of several platforms, newest first; only the relevant ones unless `all`. */
  async listFor(
    platformRefs: readonly string[],
    options?: { all?: boolean },
  ): Promise<Announcement[]> {
    const now = this.options.now().getTime();
    const records = await this.options.store.listAnnouncements({
      platformRefs,
      relevantAt: options?.all ? undefined : now,
    });
    return records.map(record => toAnnouncement(record, now));
  }

  /** The announcements of these platforms that are relevant now, each with its platform's title. */
  async relevantFor(
    platforms: ReadonlyArray<{ platformRef: string; title: string }>,
  ): Promise<Array<Announcement & { platformTitle: string }>> {
    if (platforms.length === 0) {
      return [];
    }
    const titles = new Map(platforms.map(p => [p.platformRef, p.title]));
    const now = this.options.now().getTime();
    const records = await this.options.store.listRelevantAnnouncements(
      [...titles.keys()],
      now,
    );
    return records.map(record => ({
      ...toAnnouncement(record, now),
      platformTitle: titles.get(record.platformRef) ?? record.platformRef,
    }));
  }

  async post(
    platform: ResolvedPlatform,
    input: AnnouncementInput,
    credentials: BackstageCredentials<{ type: 'user'; userEntityRef: string }>,
  ): Promise<Announcement> {
    await this.authorize(platform, credentials, 'post announcements for it');
    throwIfInvalid(validateAnnouncementInput(input));
    const now = this.options.now().getTime();
    const record = {
      id: randomUUID(),
      platformRef: platform.ref,
      ...fields(input, now),
      postedBy: credentials.principal.userEntityRef,
      postedAt: now,
    };
    await this.options.store.insertAnnouncement(record);
    const announcement = toAnnouncement(
      { ...record, updatedAt: now, version: 1 },
      now,
    );
    await this.notifyPosted(
      platform,
      announcement,
      credentials.principal.userEntityRef,
    );
    return announcement;
  }

  async edit(
    platform: ResolvedPlatform,
    id: string,
    input: AnnouncementInput,
    version: number,
    credentials: BackstageCredentials,
  ): Promise<Announcement> {
    await this.authorize(platform, credentials, 'edit its announcements');
    throwIfInvalid(validateAnnouncementInput(input));
    const now = this.options.now().getTime();
    return this.options.store.transaction(async store => {
      const before = await store.getAnnouncement(platform.ref, id);
      const updated =
        before &&
        (await store.updateAnnouncement({
          platformRef: platform.ref,
          id,
          version,
          fields: fields(input, before.postedAt),
          updatedAt: now,
        }));
      const current = await store.getAnnouncement(platform.ref, id);
      if (!updated) {
        throw conflictOrMissing(describe(id, platform.ref), version, current);
      }
      return toAnnouncement(current!, now);
    });
  }

  async delete(
    platform: ResolvedPlatform,
    id: string,
    version: number,
    credentials: BackstageCredentials,
  ): Promise<void> {
    await this.authorize(platform, credentials, 'delete its announcements');
    await this.options.store.transaction(async store => {
      if (
        !(await store.deleteAnnouncement({
          platformRef: platform.ref,
          id,
          version,
        }))
      ) {
        throw conflictOrMissing(
          describe(id, platform.ref),
          version,
          await store.getAnnouncement(platform.ref, id),
        );
      }
    });
  }

  /**
   * Notifies the platform's followers and the owners of its consumers, each once (the roadmap calls
   * this when an item moves to Now or ships).
   */
  notify(platformRef: string, payload: NotificationPayload): Promise<void> {
    return this.options.audience.notify(platformRef, payload);
  }

  /** Whether the user follows the platform, and how many people do. */
  async followState(
    platform: ResolvedPlatform,
    userRef: string,
  ): Promise<FollowState> {
    const followers = await this.options.store.listFollowers(platform.ref);
    return {
      platformRef: platform.ref,
      following: followers.includes(userRef.toLocaleLowerCase('en-US')),
      followers: followers.length,
    };
  }

  /** Follows (or unfollows) the platform for the user; repeating it changes nothing. */
  async setFollowing(
    platform: ResolvedPlatform,
    userRef: string,
    following: boolean,
  ): Promise<FollowState> {
    const ref = userRef.toLocaleLowerCase('en-US');
    if (following) {
      await this.options.store.follow({
        platformRef: platform.ref,
        userRef: ref,
        at: this.options.now().getTime(),
      });
    } else {
      await this.options.store.unfollow({
        platformRef: platform.ref,
        userRef: ref,
      });
    }
    return this.followState(platform, ref);
  }

  private async notifyPosted(
    platform: ResolvedPlatform,
    announcement: Announcement,
    postedBy: string,
  ) {
    const title = platformTitle(platform);
    try {
      await this.options.audience.notify(
        platform.ref,
        {
          title: `${title}: ${announcement.title}`,
          description: `${KIND_LABELS[announcement.kind]}${
            announcement.startsAt ? ` from ${announcement.startsAt}` : ''
          }${announcement.endsAt ? ` to ${announcement.endsAt}` : ''}`,
          link: platformTabPath(platform.ref, 'announcements'),
          severity: announcement.kind === 'incident' ? 'high' : 'normal',
          topic: `platform-product:announcement:${platform.ref}`,
          scope: `platform-product:announcement:${announcement.id}`,
        },
        { excludeEntityRef: postedBy },
      );
    } catch (error) {
      // The announcement is stored and shown either way; a notification outage must not undo it.
      this.options.logger.warn(
        `Could not notify the audience of ${platform.ref} about announcement ${announcement.id}: ${error}`,
      );
    }
  }

  private authorize(
    platform: ResolvedPlatform,
    credentials: BackstageCredentials,
    action: string,
  ) {
    return this.options.entityPermissions.authorizeManage(
      platform.ref,
      credentials,
      action,
    );
  }
}

function describe(id: string, platformRef: string): string {
  return `announcement '${id}' of ${platformRef}`;
}

function fields(input: AnnouncementInput, postedAt: number) {
  // Validated by validateAnnouncementInput: each is absent or a real ISO 8601 time.
  const startsAt =
    input.startsAt === undefined ? undefined : parseIsoDateTime(input.startsAt);
  const endsAt =
    input.endsAt === undefined ? undefined : parseIsoDateTime(input.endsAt);
  return {
    kind: input.kind,
    title: input.title.trim(),
    body: input.body,
    startsAt,
    endsAt,
    relevantUntil: announcementRelevantUntil({ postedAt, startsAt, endsAt }),
  };
}

function toAnnouncement(record: AnnouncementRecord, now: number): Announcement {
  const iso = (ms: number | undefined) =>
    ms === undefined ? undefined : new Date(ms).toISOString();
  return {
    id: record.id,
    platformRef: record.platformRef,
    kind: record.kind,
    title: record.title,
    body: record.body,
    ...(record.startsAt === undefined
      ? {}
      : { startsAt: iso(record.startsAt) }),
    ...(record.endsAt === undefined ? {} : { endsAt: iso(record.endsAt) }),
    timing: announcementTiming({ ...record, now }),
    relevant: now < record.relevantUntil,
    relevantUntil: iso(record.relevantUntil)!,
    postedBy: record.postedBy,
    postedAt: iso(record.postedAt)!,
    updatedAt: iso(record.updatedAt)!,
    version: record.version,
  };
}
