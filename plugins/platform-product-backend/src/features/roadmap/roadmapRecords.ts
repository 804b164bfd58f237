import { ConflictError } from '@backstage/errors';
import {
  DAY_MS,
  rankBetween,
  RoadmapHorizon,
  RoadmapItemFields,
  RoadmapStatus,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  RoadmapHistoryRecord,
  RoadmapItemRecord,
  RoadmapSettingsRecord,
} from './RoadmapStore';

/** What every history entry of one change of an item shares: the item, its new version, who, when. */
export type HistoryBase = Omit<
  RoadmapHistoryRecord,
  'action' | 'field' | 'from' | 'to'
>;

/** What one write of an item changes, and the history entries that record it. */
export type ItemChange = {
  changes: Partial<RoadmapItemRecord>;
  history: RoadmapHistoryRecord[];
};

/**
 * A new item as stored: version 1, created and last changed by `actor` at `at`, with the outcome
 * review clock started when it is created shipped.
 */
export function newItemRecord(
  item: {
    id: string;
    platformRef: string;
    horizon: RoadmapHorizon;
    rank: string;
    fields: RoadmapItemFields;
    fileId: string | null;
    actor: string;
    at: number;
  },
  outcomeReviewDelayDays: number,
): RoadmapItemRecord {
  const { fields, actor, at } = item;
  return {
    id: item.id,
    platformRef: item.platformRef,
    horizon: item.horizon,
    rank: item.rank,
    ...fields,
    source: item.fileId === null ? 'ui' : 'file',
    fileId: item.fileId,
    version: 1,
    createdBy: actor,
    createdAt: at,
    updatedBy: actor,
    updatedAt: at,
    shippedAt: null,
    reviewDueAt: null,
    reviewNotifiedAt: null,
    outcome: null,
    outcomeNotes: null,
    reviewedBy: null,
    reviewedAt: null,
    ...statusChanges(
      { status: 'exploring' },
      fields.status,
      at,
      outcomeReviewDelayDays,
    ),
  };
}

/** The history entry of a new item: created in the portal, or by an import. */
export function creationEntry(
  item: RoadmapItemRecord,
  fields: RoadmapItemFields,
  action: 'create' | 'import',
): RoadmapHistoryRecord {
  return {
    itemId: item.id,
    platformRef: item.platformRef,
    action,
    version: 1,
    field: null,
    from: null,
    to: { horizon: item.horizon, ...fields },
    actor: item.createdBy,
    at: item.createdAt,
  };
}

/**
 * Where an item lands among the other items of a horizon (in rank order): at `position` (0 = the
 * top, clamped to the column), the bottom when omitted; with the rank that puts it there.
 */
export function placeIn(
  others: readonly Pick<RoadmapItemRecord, 'rank'>[],
  position: number | undefined,
): { position: number; rank: string } {
  const at =
    position === undefined
      ? others.length
      : Math.min(Math.max(0, position), others.length);
  return {
    position: at,
    rank: rankBetween(others[at - 1]?.rank, others[at]?.rank),
  };
}

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
  base: HistoryBase,
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

/** The annotation value of a platform's roadmap file, or its resolved location. */
export function fileNameOf(settings: RoadmapSettingsRecord): string {
  return settings.importLocation ?? 'the platform roadmap file';
}

/** The 409 for a portal change of the investment mix its roadmap file declares. */
export function fileManagedMixError(
  settings: RoadmapSettingsRecord,
): ConflictError {
  return new ConflictError(
    `The investment mix is declared in ${fileNameOf(
      settings,
    )} (spec.investmentMix); change it there`,
  );
}
