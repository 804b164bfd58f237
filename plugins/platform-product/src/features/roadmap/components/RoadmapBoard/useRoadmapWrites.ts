import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type {
  InvestmentMix,
  RoadmapItem,
  RoadmapOutcome,
} from '@platform-product/backstage-plugin-platform-product-common';
import { describeError } from '../../../../api';
import { roadmapApiRef } from '../../api';
import type { RoadmapItemActions } from './RoadmapItemCard';
import type { RoadmapItemDraft } from './RoadmapItemDialog';

/** Whether an error is the backend's 409 for an item someone else changed since it was read. */
function isStaleVersion(error: unknown): boolean {
  return (
    (error as { response?: { status?: number } })?.response?.status === 409 &&
    describeError(error as Error).includes('changed since')
  );
}

/**
 * The owners' writes to a roadmap board. Each sends the version of the item the owner read and
 * reloads the board afterwards; a change someone else made meanwhile is kept in `conflict` (the
 * backend's message says what changed) instead of being overwritten, any other refusal in `error`.
 */
export function useRoadmapWrites(entityRef: string, reload: () => void) {
  const api = useApi(roadmapApiRef);
  const [conflict, setConflict] = useState<string>();
  const [error, setError] = useState<string>();
  /** The item being edited in the dialog, or `{}` for a new one. */
  const [editing, setEditing] = useState<{ item?: RoadmapItem }>();

  const run = async (write: () => Promise<unknown>): Promise<void> => {
    setError(undefined);
    try {
      await write();
      reload();
    } catch (e) {
      if (isStaleVersion(e)) {
        setConflict(describeError(e as Error));
      } else {
        setError(describeError(e as Error));
      }
    }
  };

  const actions: RoadmapItemActions = {
    move: (item, horizon, position) =>
      run(() =>
        api.moveRoadmapItem({
          entityRef,
          itemId: item.id,
          version: item.version,
          horizon,
          position,
        }),
      ),
    edit: item => setEditing({ item }),
    drop: item =>
      run(() =>
        api.updateRoadmapItem({
          entityRef,
          itemId: item.id,
          version: item.version,
          changes: { status: 'dropped' },
        }),
      ),
    review: (item, outcome, notes) =>
      run(() =>
        api.reviewRoadmapItem({
          entityRef,
          itemId: item.id,
          version: item.version,
          outcome: outcome as RoadmapOutcome,
          notes,
        }),
      ),
  };

  /** Saves the dialog's draft; rejects with any refusal but a stale version, for the dialog to show. */
  const save = async (draft: RoadmapItemDraft): Promise<void> => {
    const { horizon, ...fields } = draft;
    const item = editing?.item;
    try {
      await (item
        ? api.updateRoadmapItem({
            entityRef,
            itemId: item.id,
            version: item.version,
            changes: fields,
          })
        : api.createRoadmapItem({ entityRef, item: draft }));
    } catch (e) {
      if (!isStaleVersion(e)) {
        throw e;
      }
      setEditing(undefined);
      setConflict(describeError(e as Error));
      return;
    }
    setEditing(undefined);
    reload();
  };

  return {
    conflict,
    /** Forgets the conflict and reloads the board, to apply the change again on what is there now. */
    reloadAfterConflict: () => {
      setConflict(undefined);
      reload();
    },
    error,
    actions,
    editing,
    setEditing,
    save,
    importFile: () => run(() => api.importRoadmap({ entityRef })),
    setMix: (mix: InvestmentMix) =>
      run(() => api.setInvestmentMix({ entityRef, mix })),
    exportFile: () => api.exportRoadmap({ entityRef }),
  };
}
