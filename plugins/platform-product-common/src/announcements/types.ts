/**
 * The kinds of announcement a platform team posts:
 *
 * - `planned-change`: a change users should prepare for (a migration, a new default, a removed flag).
 * - `maintenance`: a window during which the platform is degraded or unavailable.
 * - `incident`: something is broken now, or was; posted during and after.
 * - `release`: something new users can use.
 * - `deprecation-notice`: a part of the platform is going away (see the deprecation in the catalog).
 *
 * @public
 */
export const ANNOUNCEMENT_KINDS = [
  'planned-change',
  'maintenance',
  'incident',
  'release',
  'deprecation-notice',
] as const;

/** @public */
export type AnnouncementKind = (typeof ANNOUNCEMENT_KINDS)[number];

/**
 * Where an announcement stands relative to the change it announces: before its window starts
 * (`ahead`), within it (`during`), after it ended (`after`); `null` without a window.
 *
 * @public
 */
export type AnnouncementTiming = 'ahead' | 'during' | 'after';

/**
 * An announcement as the API returns it.
 *
 * @public
 */
export interface Announcement {
  id: string;
  platformRef: string;
  kind: AnnouncementKind;
  title: string;
  /** Markdown, without HTML scripts. */
  body: string;
  startsAt?: string;
  endsAt?: string;
  timing: AnnouncementTiming | null;
  /** Whether it is still shown on the platform's tab and the consumers' cards. */
  relevant: boolean;
  /** Until when it stays relevant. */
  relevantUntil: string;
  postedBy: string;
  postedAt: string;
  updatedAt: string;
  version: number;
}

/**
 * The announcements of a platform, newest first.
 *
 * @public
 */
export interface AnnouncementList {
  platformRef: string;
  items: Announcement[];
}

/**
 * The body of a request that posts or edits an announcement; `version` is required when editing.
 *
 * @public
 */
export interface AnnouncementInput {
  kind: AnnouncementKind;
  title: string;
  body: string;
  startsAt?: string;
  endsAt?: string;
  version?: number;
}

/**
 * Whether the caller follows a platform, and how many people do.
 *
 * @public
 */
export interface FollowState {
  platformRef: string;
  following: boolean;
  followers: number;
}

/**
 * The relevant announcements of the platforms an entity relies on, newest first, each with its
 * platform's title (`GET /entities/{ref}/announcements`).
 *
 * @public
 */
export interface EntityAnnouncements {
  entityRef: string;
  items: Array<Announcement & { platformTitle: string }>;
}
