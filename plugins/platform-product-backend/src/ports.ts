import type { NotificationPayload } from '@backstage/plugin-notifications-common';

/**
 * How far a key result's measured value moved since a moment (an item shipped, say).
 *
 * @internal
 */
export interface KeyResultMovement {
  keyResultId: string;
  title: string;
  since: string;
  /** The measured value at `since` (the last point at or before it), or null without data. */
  valueAtSince: number | null;
  /** The latest measured value, or null without data. */
  valueNow: number | null;
  /** When the latest point was measured, or null without data. */
  lastPointAt: string | null;
}

/**
 * What the roadmap needs from objectives and key results: whether an item may link to a key
 * result, and how that key result moved after the item shipped. Implemented by the objectives
 * service; the roadmap service receives it, so neither feature reaches into the other's tables.
 *
 * @internal
 */
export interface KeyResultLookup {
  /** The key result with this id among the platform's objectives, or undefined. */
  find(
    platformRef: string,
    keyResultId: string,
  ): Promise<{ id: string; objectiveId: string; title: string } | undefined>;
  /** How the key result's measured value moved since the given moment. */
  movementSince(
    platformRef: string,
    keyResultId: string,
    since: Date,
  ): Promise<KeyResultMovement>;
}

/**
 * Tells the people who care about a platform: its followers and the owners of the entities that
 * consume it (each recipient once). Implemented with the announcements and follows; the roadmap
 * uses it when an item moves to Now or ships.
 *
 * @internal
 */
export interface PlatformAudience {
  notify(platformRef: string, payload: NotificationPayload): Promise<void>;
}
