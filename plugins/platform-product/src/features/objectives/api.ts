import type {
  Announcement,
  AnnouncementInput,
  AnnouncementList,
  EntityAnnouncements,
  FollowState,
  KeyResult,
  KeyResultInput,
  Objective,
  ObjectiveInput,
  ObjectiveList,
} from '@platform-product/backstage-plugin-platform-product-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';

type EntityRef = string | CompoundEntityRef;

/**
 * The objectives, key results, announcements and follows part of the Platform Product backend's
 * REST API. Writes are for the platform's owners (others get a 403 whose message says so); a
 * write with a stale `version` is refused with a 409.
 *
 * @public
 */
export interface ObjectivesAndAnnouncementsApi {
  /** The platform's objectives with each key result's computed progress (`GET /platforms/{ref}/objectives`). */
  listObjectives(options: { entityRef: EntityRef }): Promise<ObjectiveList>;

  /** Adds an objective (`POST /platforms/{ref}/objectives`). */
  createObjective(options: {
    entityRef: EntityRef;
    objective: ObjectiveInput;
  }): Promise<Objective>;

  /** Replaces an objective (`PUT /platforms/{ref}/objectives/{id}`); `objective.version` is the one read. */
  updateObjective(options: {
    entityRef: EntityRef;
    objectiveId: string;
    objective: ObjectiveInput;
  }): Promise<Objective>;

  /** Deletes an objective and its key results (`DELETE /platforms/{ref}/objectives/{id}`). */
  deleteObjective(options: {
    entityRef: EntityRef;
    objectiveId: string;
    version: number;
  }): Promise<void>;

  /** Adds a key result to an objective (`POST /platforms/{ref}/objectives/{id}/key-results`). */
  createKeyResult(options: {
    entityRef: EntityRef;
    objectiveId: string;
    keyResult: KeyResultInput;
  }): Promise<KeyResult>;

  /** Replaces a key result (`PUT /platforms/{ref}/key-results/{id}`). */
  updateKeyResult(options: {
    entityRef: EntityRef;
    keyResultId: string;
    keyResult: KeyResultInput;
  }): Promise<KeyResult>;

  /** Deletes a key result (`DELETE /platforms/{ref}/key-results/{id}`). */
  deleteKeyResult(options: {
    entityRef: EntityRef;
    keyResultId: string;
    version: number;
  }): Promise<void>;

  /** The platform's relevant announcements, newest first (`GET /platforms/{ref}/announcements`). */
  listAnnouncements(options: {
    entityRef: EntityRef;
  }): Promise<AnnouncementList>;

  /** Posts an announcement and notifies the platform's audience (`POST /platforms/{ref}/announcements`). */
  postAnnouncement(options: {
    entityRef: EntityRef;
    announcement: AnnouncementInput;
  }): Promise<Announcement>;

  /** Edits an announcement (`PUT /platforms/{ref}/announcements/{id}`). */
  editAnnouncement(options: {
    entityRef: EntityRef;
    announcementId: string;
    announcement: AnnouncementInput;
  }): Promise<Announcement>;

  /** Deletes an announcement (`DELETE /platforms/{ref}/announcements/{id}`). */
  deleteAnnouncement(options: {
    entityRef: EntityRef;
    announcementId: string;
    version: number;
  }): Promise<void>;

  /** Whether the signed-in user follows the platform (`GET /platforms/{ref}/follow`). */
  getFollowState(options: { entityRef: EntityRef }): Promise<FollowState>;

  /** Follows or unfollows the platform (`PUT` / `DELETE /platforms/{ref}/follow`). */
  setFollowing(options: {
    entityRef: EntityRef;
    following: boolean;
  }): Promise<FollowState>;

  /** The relevant announcements of the platforms an entity relies on (`GET /entities/{ref}/announcements`). */
  getEntityAnnouncements(options: {
    entityRef: EntityRef;
  }): Promise<EntityAnnouncements>;
}
