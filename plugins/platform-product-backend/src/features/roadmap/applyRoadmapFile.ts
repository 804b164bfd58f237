import { randomUUID } from 'node:crypto';
import {
  ROADMAP_HORIZONS,
  RoadmapFile,
  RoadmapFileItem,
  RoadmapItemFields,
  rankSequence,
} from '@platform-product/backstage-plugin-platform-product-common';
import { updateItemVersioned } from './roadmapItemAccess';
import {
  creationEntry,
  fieldChanges,
  newItemRecord,
  statusChanges,
} from './roadmapRecords';
import {
  RoadmapHistoryRecord,
  RoadmapItemRecord,
  RoadmapSettingsRecord,
  RoadmapStore,
} from './RoadmapStore';

/**
 * Who the history names for changes an import makes.
 *
 * @internal
 */
export const IMPORT_ACTOR = 'roadmap-file';

/**
 * An item an import changed, as it was and as it is now (to announce moves to Now and ships).
 *
 * @internal
 */
export type ImportedChange = {
  before: RoadmapItemRecord;
  after: RoadmapItemRecord;
};

/**
 * Makes a platform's board what its (validated) roadmap file declares, through `store` (one
 * transaction): new file items are added, the items it declares take its fields, horizon and order
 * (a portal item it names by id becomes a file item), file items it no longer declares are removed,
 * and its investment mix replaces the portal's; every change goes into the history. The import's
 * result (`ok`, its location and warnings) is kept in the platform's settings.
 *
 * @returns the existing items the import changed
 * @internal
 */
export async function applyRoadmapFile(
  store: RoadmapStore,
  file: {
    platformRef: string;
    roadmap: RoadmapFile;
    location: string;
    warnings: string[];
  },
  options: { at: number; outcomeReviewDelayDays: number },
): Promise<ImportedChange[]> {
  const { platformRef, roadmap } = file;
  const { at, outcomeReviewDelayDays } = options;
  const existing = await store.listItems([platformRef]);
  const settings = await store.getSettings(platformRef);
  const byFileId = new Map(
    existing
      .filter(item => item.fileId !== null)
      .map(item => [item.fileId!, item]),
  );
  const byId = new Map(
    existing.filter(item => item.source === 'ui').map(item => [item.id, item]),
  );
  const ranks = ranksFor(roadmap.spec.items, existing, byFileId);
  const declared = new Set<string>();
  const changed: ImportedChange[] = [];
  for (const item of roadmap.spec.items) {
    const fields = fieldsOf(item);
    const current = byFileId.get(item.id) ?? byId.get(item.id);
    const rank = ranks.get(item.id) ?? current?.rank ?? 'i';
    if (!current) {
      const record = newItemRecord(
        {
          id: randomUUID(),
          platformRef,
          horizon: item.horizon,
          rank,
          fields,
          fileId: item.id,
          actor: IMPORT_ACTOR,
          at,
        },
        outcomeReviewDelayDays,
      );
      declared.add(record.id);
      await store.insertItem(record);
      await store.addHistory([creationEntry(record, fields, 'import')]);
      continue;
    }
    declared.add(current.id);
    const history = importHistory(current, item, fields, at);
    if (history.length === 0 && rank === current.rank) continue;
    const changes: Partial<RoadmapItemRecord> = {
      ...fields,
      ...statusChanges(current, item.status, at, outcomeReviewDelayDays),
      horizon: item.horizon,
      rank,
      source: 'file',
      fileId: item.id,
      updatedBy: IMPORT_ACTOR,
      updatedAt: at,
    };
    await updateItemVersioned(
      store,
      platformRef,
      current.id,
      current.version,
      changes,
    );
    await store.addHistory(history);
    changed.push({
      before: current,
      after: { ...current, ...changes, version: current.version + 1 },
    });
  }
  for (const item of existing) {
    if (item.source === 'file' && !declared.has(item.id)) {
      await store.deleteItem(item.id);
      await store.addHistory([
        {
          itemId: item.id,
          platformRef,
          action: 'remove',
          version: item.version + 1,
          field: null,
          from: { horizon: item.horizon, title: item.title },
          to: null,
          actor: IMPORT_ACTOR,
          at,
        },
      ]);
    }
  }
  await store.updateSettings(platformRef, {
    ...mixChanges(roadmap, settings, at),
    importLocation: file.location,
    importStatus: 'ok',
    importAt: at,
    importError: null,
    importWarnings: file.warnings,
  });
  return changed;
}

function fieldsOf(item: RoadmapFileItem): RoadmapItemFields {
  return {
    title: item.title,
    problem: item.problem,
    hypothesis: item.hypothesis,
    confidence: item.confidence,
    status: item.status,
    personas: item.personas,
    category: item.category,
    keyResultId: item.keyResult ?? null,
  };
}

/** The history of an import's change of an existing item: fields, horizon, and becoming a file item. */
function importHistory(
  current: RoadmapItemRecord,
  item: RoadmapFileItem,
  fields: RoadmapItemFields,
  at: number,
): RoadmapHistoryRecord[] {
  const base = {
    itemId: current.id,
    platformRef: current.platformRef,
    version: current.version + 1,
    actor: IMPORT_ACTOR,
    at,
  };
  const history = fieldChanges(current, fields, base, () => 'import');
  if (current.horizon !== item.horizon) {
    history.push({
      ...base,
      action: 'import',
      field: 'horizon',
      from: current.horizon,
      to: item.horizon,
    });
  }
  if (current.source !== 'file') {
    history.push({
      ...base,
      action: 'import',
      field: 'source',
      from: 'ui',
      to: 'file',
    });
  }
  return history;
}

/**
 * The ranks of the file's items: unchanged when a horizon's file items already stand in the
 * file's order, otherwise spread afresh in the file's order.
 */
function ranksFor(
  items: readonly RoadmapFileItem[],
  existing: readonly RoadmapItemRecord[],
  byFileId: Map<string, RoadmapItemRecord>,
): Map<string, string> {
  const ranks = new Map<string, string>();
  for (const horizon of ROADMAP_HORIZONS) {
    const inFile = items.filter(item => item.horizon === horizon);
    const current = inFile.map(item => byFileId.get(item.id));
    const inOrder =
      current.every(
        record => record !== undefined && record.horizon === horizon,
      ) &&
      current.every(
        (record, i) => i === 0 || current[i - 1]!.rank < record!.rank,
      );
    if (inOrder) {
      inFile.forEach((item, i) => ranks.set(item.id, current[i]!.rank));
      continue;
    }
    const uiRanks = existing
      .filter(item => item.horizon === horizon && item.source === 'ui')
      .map(item => item.rank);
    const sequence = rankSequence(inFile.length).map(rank =>
      uiRanks.includes(rank) ? `${rank}i` : rank,
    );
    inFile.forEach((item, i) => ranks.set(item.id, sequence[i]));
  }
  return ranks;
}

/** The settings change of the file's investment mix: declared, removed from the file, or none. */
function mixChanges(
  roadmap: RoadmapFile,
  settings: RoadmapSettingsRecord | undefined,
  at: number,
): Partial<RoadmapSettingsRecord> {
  if (roadmap.spec.investmentMix) {
    return {
      investmentMix: roadmap.spec.investmentMix,
      mixSource: 'file',
      mixUpdatedBy: IMPORT_ACTOR,
      mixUpdatedAt: at,
    };
  }
  if (settings?.mixSource === 'file') {
    return {
      investmentMix: null,
      mixSource: null,
      mixUpdatedBy: IMPORT_ACTOR,
      mixUpdatedAt: at,
    };
  }
  return {};
}
