import { createApiRef } from '@backstage/core-plugin-api';
import type {
  Announcement,
  AnnouncementInput,
  AnnouncementList,
  EntityAnnouncements,
  FollowState,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  PlatformProductFetcher,
  apiPath,
  entitySegments,
} from '../../api/PlatformProductFetcher';
import type {
  PlatformProductClientOptions,
  PlatformProductEntityRef,
} from '../../api/types';

/**
 * A platform's announcements and who follows it. Writes of announcements are for the platform's
 * owners (others get a 403 whose message says so); a write with a stale `version` is refused with
 * a 409. Every method rejects with a `ResponseError` from `@backstage/errors` when the backend
 * answers with an error.
 *
 * @public
 */
export interface AnnouncementsApi {
  /** The platform's relevant announcements, newest first (`GET /platforms/{ref}/announcements`). */
  listAnnouncements(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<AnnouncementList>;

  /** Posts an announcement and notifies the platform's audience (`POST /platforms/{ref}/announcements`). */
  postAnnouncement(options: {
    entityRef: PlatformProductEntityRef;
    announcement: AnnouncementInput;
  }): Promise<Announcement>;

  /** Edits an announcement (`PUT /platforms/{ref}/announcements/{id}`). */
  editAnnouncement(options: {
    entityRef: PlatformProductEntityRef;
    announcementId: string;
    announcement: AnnouncementInput;
  }): Promise<Announcement>;

  /** Deletes an announcement (`DELETE /platforms/{ref}/announcements/{id}`). */
  deleteAnnouncement(options: {
    entityRef: PlatformProductEntityRef;
    announcementId: string;
    version: number;
  }): Promise<void>;

  /** Whether the signed-in user follows the platform (`GET /platforms/{ref}/follow`). */
  getFollowState(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<FollowState>;

  /** Follows or unfollows the platform (`PUT` / `DELETE /platforms/{ref}/follow`). */
  setFollowing(options: {
    entityRef: PlatformProductEntityRef;
    following: boolean;
  }): Promise<FollowState>;

  /** The relevant announcements of the platforms an entity relies on (`GET /entities/{ref}/announcements`). */
  getEntityAnnouncements(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<EntityAnnouncements>;
}

/**
 * The {@link AnnouncementsApi}, provided by the plugin with an {@link AnnouncementsClient}.
 *
 * @public
 */
export const announcementsApiRef = createApiRef<AnnouncementsApi>({
  id: 'plugin.platform-product.announcements',
});

/** The path of a platform's announcements, or of one of them. */
function announcementsPath(
  entityRef: PlatformProductEntityRef,
  announcementId?: string,
) {
  const path = apiPath`/platforms/${entitySegments(entityRef)}/announcements`;
  return announcementId ? `${path}${apiPath`/${announcementId}`}` : path;
}

/**
 * The {@link AnnouncementsApi} over the Platform Product backend.
 *
 * @public
 */
export class AnnouncementsClient implements AnnouncementsApi {
  private readonly fetcher: PlatformProductFetcher;

  constructor(options: PlatformProductClientOptions) {
    this.fetcher = new PlatformProductFetcher(options);
  }

  listAnnouncements(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<AnnouncementList> {
    return this.fetcher.get(announcementsPath(options.entityRef));
  }

  postAnnouncement(options: {
    entityRef: PlatformProductEntityRef;
    announcement: AnnouncementInput;
  }): Promise<Announcement> {
    return this.fetcher.send('POST', announcementsPath(options.entityRef), {
      body: options.announcement,
    });
  }

  editAnnouncement(options: {
    entityRef: PlatformProductEntityRef;
    announcementId: string;
    announcement: AnnouncementInput;
  }): Promise<Announcement> {
    const { entityRef, announcementId, announcement } = options;
    return this.fetcher.send(
      'PUT',
      announcementsPath(entityRef, announcementId),
      { body: announcement },
    );
  }

  async deleteAnnouncement(options: {
    entityRef: PlatformProductEntityRef;
    announcementId: string;
    version: number;
  }): Promise<void> {
    const { entityRef, announcementId, version } = options;
    await this.fetcher.send(
      'DELETE',
      announcementsPath(entityRef, announcementId),
      { query: { version } },
    );
  }

  getFollowState(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<FollowState> {
    return this.fetcher.get(
      apiPath`/platforms/${entitySegments(options.entityRef)}/follow`,
    );
  }

  setFollowing(options: {
    entityRef: PlatformProductEntityRef;
    following: boolean;
  }): Promise<FollowState> {
    return this.fetcher.send(
      options.following ? 'PUT' : 'DELETE',
      apiPath`/platforms/${entitySegments(options.entityRef)}/follow`,
    );
  }

  getEntityAnnouncements(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<EntityAnnouncements> {
    return this.fetcher.get(
      apiPath`/entities/${entitySegments(options.entityRef)}/announcements`,
    );
  }
}
