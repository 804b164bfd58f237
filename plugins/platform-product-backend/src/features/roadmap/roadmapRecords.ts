import { parseEntityRef } from '@backstage/catalog-model';
import { ConflictError } from '@backstage/errors';
import type {
  RoadmapItemFields,
  RoadmapStatus,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  RoadmapHistoryRecord,
  RoadmapItemRecord,
} from './RoadmapStore';
import { DAY_MS } from '@platform-product/backstage-plugin-platform-product-common';

/** The fields an edit (or an import) may change, in the order history lists them. */
export const EDITABLE_FIELDS: ReadonlyArray<keyof RoadmapItemFields> = [
  'title',
  'problem',
  'hypothesis',
  'confidence',
  'status',
  'personas',
  'category',
  'keyResultId',
];

/**
 * The record changes that come with a new status: shipping starts the outcome review clock, leaving
 * `shipped` stops it.
 */
export function statusChanges(
  item: Pick<RoadmapItemRecord, 'status'>,
  status: RoadmapStatus,
  now: number,
  outcomeReviewDelayDays: number,
): Partial<RoadmapItemRecord> {
  if (status === item.status) return {};
  if (status === 'shipped') {
    return {
      status,
      shippedAt: now,
      reviewDueAt: now + outcomeReviewDelayDays * DAY_MS,
      reviewNotifiedAt: null,
      outcome: null,
      outcomeNotes: null,
      reviewedBy: null,
      reviewedAt: null,
    };
  }
  if (item.status === 'shipped') {
    return { status, shippedAt: null, reviewDueAt: null };
  }
  return { status };
}

/** The history entries of an edit: one per changed field. */
export function fieldChanges(
  before: RoadmapItemRecord,
  after: Partial<RoadmapItemFields>,
  base: Omit<RoadmapHistoryRecord, 'field' | 'from' | 'to' | 'action'>,
  action: (
    field: keyof RoadmapItemFields,
    to: unknown,
  ) => RoadmapHistoryRecord['action'],
): RoadmapHistoryRecord[] {
  return EDITABLE_FIELDS.filter(
    field =>
      after[field] !== undefined &&
      JSON.stringify(after[field]) !== JSON.stringify(before[field]),
  ).map(field => ({
    ...base,
    action: action(field, after[field]),
    field,
    from: before[field],
    to: after[field],
  }));
}

/** The history action of a user's edit of one field. */
export function editAction(
  field: keyof RoadmapItemFields,
  to: unknown,
): RoadmapHistoryRecord['action'] {
  if (field !== 'status') return 'edit';
  return to === 'dropped' ? 'drop' : 'status';
}

/**
 * The 409 for a write based on a stale version: what changed since (from the history), by whom and
 * when, and that the client should reload.
 */
export function staleVersionError(
  item: RoadmapItemRecord,
  sentVersion: number,
  changes: readonly RoadmapHistoryRecord[],
): ConflictError {
  const described = changes.length
    ? changes
        .map(
          change =>
            `${change.field ?? change.action} (${change.action}) by ${
              change.actor
            } at ${new Date(change.at).toISOString()}`,
        )
        .join('; ')
    : `the item was rewritten by ${item.updatedBy} at ${new Date(
        item.updatedAt,
      ).toISOString()}`;
  return new ConflictError(
    `Roadmap item "${item.title}" changed since version ${sentVersion} you sent (it is now version ${item.version}): ${described}. Reload the item and apply your change again; nothing was saved.`,
  );
}

/** The 409 for a portal change of an item its roadmap file declares. */
export function fileManagedError(
  item: RoadmapItemRecord,
  file: string | null,
): ConflictError {
  return new ConflictError(
    `Roadmap item "${item.title}" is managed in ${
      file ?? 'the platform roadmap file'
    } (id '${
      item.fileId
    }'); edit it there — the next import would overwrite a change made here`,
  );
}

/** The path of a platform's Platform tab in the portal, for notification links. */
export function platformTabLink(platformRef: string): string {
  const { kind, namespace, name } = parseEntityRef(platformRef);
  return `/catalog/${namespace}/${kind.toLowerCase()}/${name}/platform`;
}
