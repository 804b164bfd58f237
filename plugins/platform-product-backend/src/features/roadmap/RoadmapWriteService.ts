import { randomUUID } from 'node:crypto';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  RoadmapBoard,
  RoadmapHorizon,
  RoadmapItem,
  RoadmapItemFields,
  RoadmapOutcome,
} from '@platform-product/backstage-plugin-platform-product-common';
import { EntityPermissions } from '../../core/catalog/EntityPermissions';
import {
  platformTitle,
  ResolvedPlatform,
} from '../../core/catalog/PlatformCatalog';
import { actorOf } from '../../core/http';
import { RoadmapAnnouncer } from './RoadmapAnnouncer';
import {
  horizonItems,
  itemConflict,
  requireItem,
  updateItemVersioned,
} from './roadmapItemAccess';
import { RoadmapItemInput, RoadmapItemValidator } from './RoadmapItemValidator';
import { RoadmapReadService } from './RoadmapReadService';
import {
  creationEntry,
  editAction,
  fieldChanges,
  fileManagedError,
  fileManagedMixError,
  fileNameOf,
  HistoryBase,
  ItemChange,
  newItemRecord,
  placeIn,
  statusChanges,
} from './roadmapRecords';
import { RoadmapItemRecord, RoadmapStore } from './RoadmapStore';

/**
 * The owners' changes to a platform's roadmap: new items, edits (dropping included), moves between
 * and within horizons, outcome reviews of shipped items and the intended investment mix.
 *
 * Every write is an owner's (`platformProductManagePermission` on the platform), carries the
 * version the client read (a stale one gets a 409 that says what changed since), refuses items the
 * platform's roadmap file declares, and is one transaction with its history entries. An item that
 * moves to Now or ships is announced to the platform's audience.
 *
 * @internal
 */
export class RoadmapWriteService {
  constructor(
    private readonly options: {
      store: RoadmapStore;
      reads: RoadmapReadService;
      validator: RoadmapItemValidator;
      announcer: RoadmapAnnouncer;
      entityPermissions: EntityPermissions;
      now: () => Date;
      outcomeReviewDelayDays: number;
    },
  ) {}

  /** Adds an item to a horizon (at the bottom unless a position is given). */
  async createItem(
    platform: ResolvedPlatform,
    input: RoadmapItemInput,
    credentials: BackstageCredentials,
  ): Promise<RoadmapItem> {
    await this.authorize(platform, credentials);
    const fields = await this.options.validator.fields(platform, input, true);
    const at = this.options.now().getTime();
    const actor = actorOf(credentials);
    const id = randomUUID();
    await this.options.store.transaction(async store => {
      const column = await horizonItems(store, platform.ref, input.horizon);
      const item = newItemRecord(
        {
          id,
          platformRef: platform.ref,
          horizon: input.horizon,
          rank: placeIn(column, input.position).rank,
          fields,
          fileId: null,
          actor,
          at,
        },
        this.options.outcomeReviewDelayDays,
      );
      await store.insertItem(item);
      await store.addHistory([creationEntry(item, fields, 'create')]);
    });
    return this.options.reads.getItem(platform, id);
  }

  /** Changes an item's fields; `status: 'dropped'` drops it. */
  async updateItem(
    platform: ResolvedPlatform,
    id: string,
    version: number,
    changes: Partial<RoadmapItemFields>,
    credentials: BackstageCredentials,
  ): Promise<RoadmapItem> {
    await this.authorize(platform, credentials);
    const fields = await this.options.validator.fields(
      platform,
      changes,
      false,
    );
    return this.write({ platform, id, version, credentials }, (item, base) => ({
      changes: {
        ...fields,
        ...statusChanges(
          item,
          fields.status ?? item.status,
          base.at,
          this.options.outcomeReviewDelayDays,
        ),
      },
      history: fieldChanges(item, fields, base, editAction),
    }));
  }

  /** Moves an item to a horizon and position (0 = top), writing its own row only. */
  async moveItem(
    platform: ResolvedPlatform,
    id: string,
    version: number,
    target: { horizon: RoadmapHorizon; position?: number },
    credentials: BackstageCredentials,
  ): Promise<RoadmapItem> {
    await this.authorize(platform, credentials);
    this.options.validator.move(target);
    return this.write(
      { platform, id, version, credentials },
      async (item, base, store) => {
        const column = await horizonItems(store, platform.ref, target.horizon);
        const from = column.findIndex(other => other.id === item.id);
        const { position, rank } = placeIn(
          column.filter(other => other.id !== item.id),
          target.position,
        );
        const moved = target.horizon !== item.horizon;
        const entry = moved
          ? { field: 'horizon', from: item.horizon, to: target.horizon }
          : { field: 'position', from: from + 1, to: position + 1 };
        return {
          changes: { horizon: target.horizon, rank },
          history: [{ ...base, action: moved ? 'move' : 'reorder', ...entry }],
        };
      },
    );
  }

  /** Records the outcome review of a shipped item. File items may be reviewed in the portal. */
  async recordReview(
    platform: ResolvedPlatform,
    id: string,
    version: number,
    review: { outcome: RoadmapOutcome; notes?: string },
    credentials: BackstageCredentials,
  ): Promise<RoadmapItem> {
    await this.authorize(platform, credentials);
    this.options.validator.review(review);
    return this.write(
      { platform, id, version, credentials },
      (item, base) => {
        if (item.status !== 'shipped') {
          throw new InputError(
            `Roadmap item "${item.title}" is ${item.status}; only a shipped item has an outcome review — mark it shipped first`,
          );
        }
        return {
          changes: {
            outcome: review.outcome,
            outcomeNotes: review.notes?.trim() || null,
            reviewedBy: base.actor,
            reviewedAt: base.at,
          },
          history: [
            {
              ...base,
              action: 'review',
              field: 'outcome',
              from: item.outcome,
              to: review.outcome,
            },
          ],
        };
      },
      { allowFileItems: true },
    );
  }

  /** Declares the platform's intended investment mix (percentages summing to 100). */
  async setInvestmentMix(
    platform: ResolvedPlatform,
    mix: Record<string, unknown>,
    credentials: BackstageCredentials,
  ): Promise<RoadmapBoard> {
    await this.authorize(platform, credentials);
    const investmentMix = this.options.validator.investmentMix(mix);
    await this.options.store.transaction(async store => {
      const settings = await store.getSettings(platform.ref);
      if (settings?.mixSource === 'file') {
        throw fileManagedMixError(settings);
      }
      await store.updateSettings(platform.ref, {
        investmentMix,
        mixSource: 'ui',
        mixUpdatedBy: actorOf(credentials),
        mixUpdatedAt: this.options.now().getTime(),
      });
    });
    return this.options.reads.getBoard(platform);
  }

  private async authorize(
    platform: ResolvedPlatform,
    credentials: BackstageCredentials,
  ) {
    await this.options.entityPermissions.authorizeManage(
      platform.ref,
      credentials,
      'edit its roadmap',
    );
  }

  /**
   * One write of an existing item, in one transaction: refuses file items (unless allowed) and a
   * stale version (409 with what changed since) before `change` runs, then writes the changes with
   * the version guard and records the history; then announces a move to Now or a ship.
   */
  private async write(
    target: {
      platform: ResolvedPlatform;
      id: string;
      version: number;
      credentials: BackstageCredentials;
    },
    change: (
      item: RoadmapItemRecord,
      base: HistoryBase,
      store: RoadmapStore,
    ) => Promise<ItemChange> | ItemChange,
    options?: { allowFileItems?: boolean },
  ): Promise<RoadmapItem> {
    const { platform, id, version, credentials } = target;
    const at = this.options.now().getTime();
    const actor = actorOf(credentials);
    const { before, after } = await this.options.store.transaction(
      async store => {
        const item = await requireItem(store, platform.ref, id);
        if (item.source === 'file' && !options?.allowFileItems) {
          const settings = await store.getSettings(platform.ref);
          throw fileManagedError(item, settings ? fileNameOf(settings) : null);
        }
        if (item.version !== version) {
          throw await itemConflict(store, platform.ref, id, version);
        }
        const base = { itemId: id, platformRef: item.platformRef, actor, at };
        const { changes, history } = await change(
          item,
          { ...base, version: version + 1 },
          store,
        );
        if (history.length === 0) {
          return { before: item, after: item };
        }
        await updateItemVersioned(store, platform.ref, id, version, {
          ...changes,
          updatedBy: actor,
          updatedAt: at,
        });
        await store.addHistory(history);
        return {
          before: item,
          after: await requireItem(store, platform.ref, id),
        };
      },
    );
    await this.options.announcer.announce(
      platformTitle(platform),
      before,
      after,
    );
    return this.options.reads.getItem(platform, after.id);
  }
}
