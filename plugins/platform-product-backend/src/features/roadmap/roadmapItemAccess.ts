import { NotFoundError } from '@backstage/errors';
import {
  compareRanked,
  RoadmapHorizon,
} from '@platform-product/backstage-plugin-platform-product-common';
import { conflictOrMissing } from '../../core/database';
import {
  RoadmapHistoryRecord,
  RoadmapItemRecord,
  RoadmapStore,
} from './RoadmapStore';

/**
 * The platform's item, read through `store` (a transaction's, for a write).
 *
 * @throws NotFoundError when the platform has no such item
 */
export async function requireItem(
  store: RoadmapStore,
  platformRef: string,
  id: string,
): Promise<RoadmapItemRecord> {
  const item = await store.getItem(platformRef, id);
  if (!item) {
    throw new NotFoundError(
      `${platformRef} has no roadmap item '${id}'; it may have been removed — reload the board`,
    );
  }
  return item;
}

/** The items a horizon of the platform's board shows, in rank order (dropped items left out). */
export async function horizonItems(
  store: RoadmapStore,
  platformRef: string,
  horizon: RoadmapHorizon,
): Promise<RoadmapItemRecord[]> {
  return (await store.listItems([platformRef]))
    .filter(item => item.horizon === horizon && item.status !== 'dropped')
    .sort(compareRanked);
}

/**
 * Writes `changes` to the item if it is still at `version` (which the write bumps by one); the one
 * versioned write of an item, for the portal's edits and the file import alike.
 *
 * @throws the error of {@link itemConflict} when the item changed or went away meanwhile
 */
export async function updateItemVersioned(
  store: RoadmapStore,
  platformRef: string,
  id: string,
  version: number,
  changes: Partial<RoadmapItemRecord>,
): Promise<void> {
  if (!(await store.updateItem(id, version, changes))) {
    throw await itemConflict(store, platformRef, id, version);
  }
}

/**
 * The answer to a write of an item based on a version it is no longer at: 404 when the item is
 * gone, else a 409 that names both versions and what changed since, by whom and when (from the
 * item's history).
 */
export async function itemConflict(
  store: RoadmapStore,
  platformRef: string,
  id: string,
  sentVersion: number,
): Promise<Error> {
  const current = await store.getItem(platformRef, id);
  if (!current) {
    return conflictOrMissing(
      `Roadmap item '${id}' of ${platformRef}`,
      sentVersion,
      undefined,
    );
  }
  return conflictOrMissing(
    `Roadmap item "${current.title}"`,
    sentVersion,
    current,
    changesSince(current, await store.listHistory(id, sentVersion)),
  );
}

/** What the history says changed: each field with its action, actor and time. */
function changesSince(
  item: RoadmapItemRecord,
  changes: readonly RoadmapHistoryRecord[],
): string {
  if (changes.length === 0) {
    return `the item was rewritten by ${item.updatedBy} at ${new Date(
      item.updatedAt,
    ).toISOString()}`;
  }
  return changes
    .map(
      change =>
        `${change.field ?? change.action} (${change.action}) by ${
          change.actor
        } at ${new Date(change.at).toISOString()}`,
    )
    .join('; ');
}
