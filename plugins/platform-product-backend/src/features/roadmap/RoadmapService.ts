import { randomUUID } from 'node:crypto';
import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import type { NotificationPayload } from '@backstage/plugin-notifications-common';
import {
  compareRanked,
  computeInvestmentMix,
  CrossPlatformRoadmap,
  EntityRoadmap,
  InvestmentMix,
  investmentMixProblems,
  normalizePersonaRef,
  PERSONA_KIND,
  platformProductManagePermission,
  rankBetween,
  ROADMAP_HORIZONS,
  RoadmapBoard,
  RoadmapHorizon,
  RoadmapItem,
  RoadmapItemFields,
  roadmapItemInputProblems,
  RoadmapItemHistory,
  RoadmapOutcome,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  RoadmapItemRecord,
  RoadmapSettingsRecord,
  RoadmapStore,
} from './RoadmapStore';
import { EntityPermissions } from '../../core/catalog/EntityPermissions';
import { KeyResultLookup, PlatformAudience } from '../../ports';
import { PlatformCatalog, ResolvedPlatform } from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { roadmapAnnouncement } from './roadmapAnnouncement';
import {
  editAction,
  fieldChanges,
  fileManagedError,
  staleVersionError,
  statusChanges,
} from './roadmapRecords';

/**
 * The fields a new item needs.
 *
 * @internal
 */
export type RoadmapItemInput = RoadmapItemFields & {
  horizon: RoadmapHorizon;
  /** Where in the horizon, 0 = top; the bottom when omitted. */
  position?: number;
};

/**
 * Filters of the cross-platform roadmap; each one narrows the items.
 *
 * @internal
 */
export interface CrossPlatformRoadmapFilters {
  platform?: string;
  persona?: string;
  category?: string;
  status?: string;
}

const displayTitle = (platform: ResolvedPlatform) =>
  platform.entity.metadata.title ?? platform.entity.metadata.name;

const actorOf = (credentials: BackstageCredentials) =>
  (credentials.principal as { userEntityRef?: string }).userEntityRef ??
  'unknown';

type WriteResult = {
  changes: Partial<RoadmapItemRecord>;
  history: Parameters<RoadmapStore['addHistory']>[0][number][];
};

const iso = (ms: number) => new Date(ms).toISOString();

function clampPosition(position: number | undefined, length: number): number {
  return position === undefined
    ? length
    : Math.min(Math.max(0, position), length);
}

/**
 * Platform roadmaps: the Now / Next / Later board of each platform, its items' history, the
 * investment mix, the outcome reviews of shipped items, the roadmap across platforms and, per
 * entity, what is Now on the platforms it relies on.
 *
 * Every write is an owner's (`platformProductManagePermission` on the platform), carries the
 * version the client read (a stale one gets a 409 that says what changed since), refuses items the
 * platform's roadmap file declares, and is one transaction with its history entries.
 *
 * @internal
 */
export class RoadmapService {
  constructor(
    private readonly options: {
      store: RoadmapStore;
      platformCatalog: PlatformCatalog;
      graphs: PlatformGraphProvider;
      entityPermissions: EntityPermissions;
      keyResults: KeyResultLookup;
      audience: PlatformAudience;
      logger: LoggerService;
      now: () => Date;
      outcomeReviewDelayDays: number;
    },
  ) {}

  /** The platform's board: items per horizon in rank order, the investment mix, the last import. */
  async getBoard(platform: ResolvedPlatform): Promise<RoadmapBoard> {
    const { store } = this.options;
    const [records, settings] = await Promise.all([
      store.listItems([platform.ref]),
      store.getSettings(platform.ref),
    ]);
    const items = await this.toApiItems(records, { movement: true });
    const live = items.filter(item => item.status !== 'dropped');
    const horizons = Object.fromEntries(
      ROADMAP_HORIZONS.map(horizon => [
        horizon,
        live.filter(item => item.horizon === horizon).sort(compareRanked),
      ]),
    ) as RoadmapBoard['horizons'];
    return {
      platformRef: platform.ref,
      title: displayTitle(platform),
      file: settings?.importLocation ? fileNameOf(settings) : null,
      horizons,
      dropped: items
        .filter(item => item.status === 'dropped')
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1)),
      investmentMix: {
        intended: settings?.investmentMix ?? null,
        source: settings?.mixSource ?? null,
        rows: computeInvestmentMix(
          settings?.investmentMix ?? null,
          horizons.now,
        ),
      },
      import:
        settings?.importStatus && settings.importAt !== null
          ? {
              location: settings.importLocation ?? '',
              status: settings.importStatus,
              at: new Date(settings.importAt).toISOString(),
              error: settings.importError,
              warnings: settings.importWarnings,
            }
          : null,
    };
  }

  /** One item of the platform. */
  async getItem(platform: ResolvedPlatform, id: string): Promise<RoadmapItem> {
    const [item] = await this.toApiItems(
      [await this.requireItem(this.options.store, platform, id)],
      { movement: true },
    );
    return item;
  }

  /** An item's history, oldest change first. */
  async getHistory(
    platform: ResolvedPlatform,
    id: string,
  ): Promise<RoadmapItemHistory> {
    const { store } = this.options;
    const entries = await store.listHistory(id);
    if (
      entries.length === 0 ||
      entries[0].platformRef !== platform.ref.toLowerCase()
    ) {
      await this.requireItem(store, platform, id);
    }
    return {
      itemId: id,
      entries: entries.map(entry => ({
        id: entry.id,
        itemId: entry.itemId,
        action: entry.action,
        field: entry.field,
        from: entry.from,
        to: entry.to,
        actor: entry.actor,
        at: new Date(entry.at).toISOString(),
      })),
    };
  }

  /** Adds an item to a horizon (at the bottom unless a position is given). */
  async createItem(
    platform: ResolvedPlatform,
    input: RoadmapItemInput,
    credentials: BackstageCredentials,
  ): Promise<RoadmapItem> {
    await this.authorize(platform, credentials);
    const fields = await this.validate(platform, input, true);
    const now = this.options.now().getTime();
    const actor = actorOf(credentials);
    const record = await this.options.store.transaction(async store => {
      const siblings = await this.horizonItems(store, platform, input.horizon);
      const position = clampPosition(input.position, siblings.length);
      const item: RoadmapItemRecord = {
        id: randomUUID(),
        platformRef: platform.ref,
        horizon: input.horizon,
        rank: rankBetween(
          siblings[position - 1]?.rank,
          siblings[position]?.rank,
        ),
        ...fields,
        source: 'ui',
        fileId: null,
        version: 1,
        createdBy: actor,
        createdAt: now,
        updatedBy: actor,
        updatedAt: now,
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
          now,
          this.options.outcomeReviewDelayDays,
        ),
      };
      await store.insertItem(item);
      await store.addHistory([
        {
          itemId: item.id,
          platformRef: platform.ref,
          action: 'create',
          version: 1,
          field: null,
          from: null,
          to: { horizon: item.horizon, ...fields },
          actor,
          at: now,
        },
      ]);
      return item;
    });
    return this.getItem(platform, record.id);
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
    const fields = await this.validate(platform, changes, false);
    return this.write(platform, id, version, credentials, (item, now) => ({
      changes: {
        ...fields,
        ...statusChanges(
          item,
          fields.status ?? item.status,
          now,
          this.options.outcomeReviewDelayDays,
        ),
      },
      history: fieldChanges(
        item,
        fields,
        {
          itemId: item.id,
          platformRef: item.platformRef,
          version: item.version + 1,
          actor: actorOf(credentials),
          at: now,
        },
        editAction,
      ),
    }));
  }

  /**
   * Moves an item to a horizon and position (0 = top), writing its own row only.
   */
  async moveItem(
    platform: ResolvedPlatform,
    id: string,
    version: number,
    target: { horizon: RoadmapHorizon; position?: number },
    credentials: BackstageCredentials,
  ): Promise<RoadmapItem> {
    await this.authorize(platform, credentials);
    const problems = roadmapItemInputProblems({ horizon: target.horizon });
    if (problems.length > 0) {
      throw new InputError(problems.join('; '));
    }
    if (
      target.position !== undefined &&
      (!Number.isInteger(target.position) || target.position < 0)
    ) {
      throw new InputError(
        `position must be a whole number ≥ 0 (0 = the top of the horizon) — got ${target.position}`,
      );
    }
    return this.write(
      platform,
      id,
      version,
      credentials,
      async (item, now, store) => {
        const column = await this.horizonItems(store, platform, target.horizon);
        const from = column.findIndex(other => other.id === item.id);
        const others = column.filter(other => other.id !== item.id);
        const position = clampPosition(target.position, others.length);
        const rank = rankBetween(
          others[position - 1]?.rank,
          others[position]?.rank,
        );
        const base = {
          itemId: item.id,
          platformRef: item.platformRef,
          version: item.version + 1,
          actor: actorOf(credentials),
          at: now,
        };
        return {
          changes: { horizon: target.horizon, rank },
          history:
            target.horizon !== item.horizon
              ? [
                  {
                    ...base,
                    action: 'move' as const,
                    field: 'horizon',
                    from: item.horizon,
                    to: target.horizon,
                  },
                ]
              : [
                  {
                    ...base,
                    action: 'reorder' as const,
                    field: 'position',
                    from: from + 1,
                    to: position + 1,
                  },
                ],
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
    const problems = roadmapItemInputProblems({ outcome: review.outcome });
    if (problems.length > 0) {
      throw new InputError(problems.join('; '));
    }
    return this.write(
      platform,
      id,
      version,
      credentials,
      (item, now) => {
        if (item.status !== 'shipped') {
          throw new InputError(
            `Roadmap item "${item.title}" is ${item.status}; only a shipped item has an outcome review — mark it shipped first`,
          );
        }
        const actor = actorOf(credentials);
        return {
          changes: {
            outcome: review.outcome,
            outcomeNotes: review.notes?.trim() || null,
            reviewedBy: actor,
            reviewedAt: now,
          },
          history: [
            {
              itemId: item.id,
              platformRef: item.platformRef,
              version: item.version + 1,
              action: 'review',
              field: 'outcome',
              from: item.outcome,
              to: review.outcome,
              actor,
              at: now,
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
    const problems = investmentMixProblems(mix);
    if (problems.length > 0) {
      throw new InputError(problems.join('; '));
    }
    await this.options.store.transaction(async store => {
      const settings = await store.getSettings(platform.ref);
      if (settings?.mixSource === 'file') {
        throw fileManagedMixError(settings);
      }
      await store.updateSettings(platform.ref, {
        investmentMix: mix as InvestmentMix,
        mixSource: 'ui',
        mixUpdatedBy: actorOf(credentials),
        mixUpdatedAt: this.options.now().getTime(),
      });
    });
    return this.getBoard(platform);
  }

  /** The roadmap of every platform the caller can see, filtered; dropped items only on request. */
  async getCrossPlatformRoadmap(
    filters: CrossPlatformRoadmapFilters,
    credentials: BackstageCredentials,
  ): Promise<CrossPlatformRoadmap> {
    const graph = await this.options.graphs.get();
    const platforms = await this.options.platformCatalog.getPlatforms(
      graph.platforms().map(platform => platform.ref),
      credentials,
    );
    const shown = platforms
      .map(platform => platform.ref)
      .filter(
        ref => !filters.platform || ref === filters.platform.toLowerCase(),
      );
    const titles = new Map(
      platforms.map(platform => [platform.ref, displayTitle(platform)]),
    );
    const persona = filters.persona && normalizePersonaRef(filters.persona);
    const records = (await this.options.store.listItems(shown)).filter(
      item =>
        (filters.status
          ? item.status === filters.status
          : item.status !== 'dropped') &&
        (!filters.category || item.category === filters.category) &&
        (!persona || item.personas.includes(persona)),
    );
    const items = await this.toApiItems(records, { movement: false });
    const horizonOrder = (item: RoadmapItem) =>
      ROADMAP_HORIZONS.indexOf(item.horizon);
    const title = (item: RoadmapItem) =>
      titles.get(item.platformRef) ?? item.platformRef;
    return {
      items: items.sort(
        (a, b) =>
          horizonOrder(a) - horizonOrder(b) ||
          title(a).localeCompare(title(b)) ||
          compareRanked(a, b),
      ),
      platformTitles: Object.fromEntries(titles),
    };
  }

  /**
   * For the service-page card: each platform the entity relies on, with its Now items that affect
   * the personas describing the entity's owners.
   */
  async getEntityRoadmap(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<EntityRoadmap> {
    const graph = await this.options.graphs.get();
    const uses = graph.platformsUsedBy(entityRef);
    const platforms = await this.options.platformCatalog.getPlatformsForEntity(
      entityRef,
      uses.map(use => use.platformRef),
      credentials,
    );
    const personas = graph.ownerPersonas(entityRef);
    if (personas.length === 0 || platforms.length === 0) {
      return { entityRef, personas, platforms: [] };
    }
    const records = await this.options.store.listItems(
      platforms.map(platform => platform.ref),
    );
    return {
      entityRef,
      personas,
      platforms: platforms
        .map(platform => ({
          platformRef: platform.ref,
          title: displayTitle(platform),
          items: records
            .filter(
              item =>
                item.platformRef === platform.ref &&
                item.horizon === 'now' &&
                item.status !== 'dropped' &&
                item.status !== 'shipped' &&
                item.personas.some(persona => personas.includes(persona)),
            )
            .sort(compareRanked)
            .map(item => ({
              id: item.id,
              title: item.title,
              status: item.status,
              personas: item.personas,
            })),
        }))
        .filter(platform => platform.items.length > 0),
    };
  }

  /** The Persona refs the catalog knows, lower case. */
  async knownPersonas(): Promise<Set<string>> {
    const graph = await this.options.graphs.get();
    return new Set(
      graph.entities
        .filter(
          entity => entity.kind.toLowerCase() === PERSONA_KIND.toLowerCase(),
        )
        .map(entity =>
          `persona:${entity.metadata.namespace ?? 'default'}/${
            entity.metadata.name
          }`.toLowerCase(),
        ),
    );
  }

  /** Tells the platform's audience that an item moved to Now or shipped; never fails the write. */
  async announce(
    platformTitle: string,
    before: Pick<RoadmapItemRecord, 'horizon' | 'status'> | undefined,
    after: RoadmapItemRecord,
  ): Promise<void> {
    const payload: NotificationPayload | undefined = roadmapAnnouncement(
      before,
      after,
      platformTitle,
    );
    if (!payload) return;
    try {
      await this.options.audience.notify(after.platformRef, payload);
    } catch (error) {
      this.options.logger.warn(
        `Could not notify the audience of ${after.platformRef} about roadmap item ${after.id}: ${error}`,
      );
    }
  }

  private async authorize(
    platform: ResolvedPlatform,
    credentials: BackstageCredentials,
  ) {
    await this.options.entityPermissions.authorize(
      platformProductManagePermission,
      platform.ref,
      credentials,
      'edit its roadmap',
    );
  }

  /**
   * Checks an item's fields: allowed values, non-empty texts, personas the catalog knows, a key
   * result of the platform. Returns the fields to store (personas normalised).
   */
  private async validate<Full extends boolean>(
    platform: ResolvedPlatform,
    input: Partial<RoadmapItemInput>,
    full: Full,
  ): Promise<
    Full extends true ? RoadmapItemFields : Partial<RoadmapItemFields>
  > {
    const problems = roadmapItemInputProblems(input);
    if (full) {
      for (const field of [
        'title',
        'problem',
        'hypothesis',
        'confidence',
        'status',
        'category',
        'horizon',
      ] as const) {
        if (input[field] === undefined) {
          problems.push(`${field} is required`);
        }
      }
    }
    if (problems.length > 0) {
      throw new InputError(problems.join('; '));
    }
    const fields: Partial<RoadmapItemFields> = {};
    for (const field of ['title', 'problem', 'hypothesis'] as const) {
      if (input[field] !== undefined) fields[field] = input[field]!.trim();
    }
    for (const field of ['confidence', 'status', 'category'] as const) {
      if (input[field] !== undefined) (fields as any)[field] = input[field];
    }
    if (input.personas !== undefined || full) {
      const personas = [
        ...new Set((input.personas ?? []).map(normalizePersonaRef)),
      ];
      const known = await this.knownPersonas();
      const unknown = personas.filter(persona => !known.has(persona));
      if (unknown.length > 0) {
        throw new InputError(
          `personas ${unknown.map(persona => `'${persona}'`).join(', ')} ${
            unknown.length > 1 ? 'are not Personas' : 'is not a Persona'
          } in the catalog; use one of ${[...known].sort().join(', ')}`,
        );
      }
      fields.personas = personas;
    }
    if (input.keyResultId !== undefined || full) {
      const keyResultId = input.keyResultId?.trim() || null;
      if (
        keyResultId !== null &&
        !(await this.options.keyResults.find(platform.ref, keyResultId))
      ) {
        throw new InputError(
          `keyResultId '${keyResultId}' is not a key result of ${platform.ref}; link one of the platform's key results, or null for none`,
        );
      }
      fields.keyResultId = keyResultId;
    }
    return fields as any;
  }

  /**
   * One write of an existing item: checks the version (409 with what changed since), refuses file
   * items, applies the changes with the version guard and records the history, in one transaction;
   * then tells the audience when the item moved to Now or shipped.
   */
  private async write(
    platform: ResolvedPlatform,
    id: string,
    version: number,
    credentials: BackstageCredentials,
    change: (
      item: RoadmapItemRecord,
      now: number,
      store: RoadmapStore,
    ) => Promise<WriteResult> | WriteResult,
    options?: { allowFileItems?: boolean },
  ): Promise<RoadmapItem> {
    const now = this.options.now().getTime();
    const { before, after } = await this.options.store.transaction(
      async store => {
        const item = await this.requireItem(store, platform, id);
        if (item.source === 'file' && !options?.allowFileItems) {
          const settings = await store.getSettings(platform.ref);
          throw fileManagedError(item, settings ? fileNameOf(settings) : null);
        }
        if (item.version !== version) {
          throw staleVersionError(
            item,
            version,
            await store.listHistory(item.id, version),
          );
        }
        const { changes, history } = await change(item, now, store);
        if (history.length === 0) {
          return { before: item, after: item };
        }
        const actor = actorOf(credentials);
        const written = await store.updateItem(item.id, item.version, {
          ...changes,
          updatedBy: actor,
          updatedAt: now,
        });
        if (!written) {
          const current = await this.requireItem(store, platform, id);
          throw staleVersionError(
            current,
            version,
            await store.listHistory(item.id, version),
          );
        }
        await store.addHistory(history);
        return {
          before: item,
          after: (await store.getItem(platform.ref, item.id))!,
        };
      },
    );
    await this.announce(displayTitle(platform), before, after);
    return this.getItem(platform, after.id);
  }

  private async requireItem(
    store: RoadmapStore,
    platform: ResolvedPlatform,
    id: string,
  ): Promise<RoadmapItemRecord> {
    const item = await store.getItem(platform.ref, id);
    if (!item) {
      throw new NotFoundError(
        `${platform.ref} has no roadmap item '${id}'; it may have been removed — reload the board`,
      );
    }
    return item;
  }

  private async horizonItems(
    store: RoadmapStore,
    platform: ResolvedPlatform,
    horizon: RoadmapHorizon,
  ): Promise<RoadmapItemRecord[]> {
    return (await store.listItems([platform.ref]))
      .filter(item => item.horizon === horizon && item.status !== 'dropped')
      .sort(compareRanked);
  }

  /** The API form of items: ISO times, the linked key result, the outcome review. */
  private async toApiItems(
    records: readonly RoadmapItemRecord[],
    options: { movement: boolean },
  ): Promise<RoadmapItem[]> {
    const { keyResults, now } = this.options;
    const found = new Map<string, Promise<RoadmapItem['keyResult']>>();
    const link = (platformRef: string, id: string) => {
      const key = `${platformRef} ${id}`;
      if (!found.has(key)) {
        found.set(
          key,
          keyResults.find(platformRef, id).then(
            result =>
              result
                ? {
                    id,
                    found: true,
                    objectiveId: result.objectiveId,
                    title: result.title,
                  }
                : { id, found: false },
            error => {
              this.options.logger.warn(
                `Could not look up key result ${id} of ${platformRef}: ${error}`,
              );
              return { id, found: false };
            },
          ),
        );
      }
      return found.get(key)!;
    };
    const nowMs = now().getTime();
    return Promise.all(
      records.map(async record => {
        const keyResult = record.keyResultId
          ? await link(record.platformRef, record.keyResultId)
          : null;
        const movement =
          options.movement &&
          keyResult?.found &&
          record.status === 'shipped' &&
          record.shippedAt !== null
            ? await keyResults
                .movementSince(
                  record.platformRef,
                  keyResult.id,
                  new Date(record.shippedAt),
                )
                .catch(() => null)
            : null;
        return {
          id: record.id,
          platformRef: record.platformRef,
          horizon: record.horizon,
          rank: record.rank,
          title: record.title,
          problem: record.problem,
          hypothesis: record.hypothesis,
          confidence: record.confidence,
          status: record.status,
          personas: record.personas,
          category: record.category,
          keyResultId: record.keyResultId,
          source: record.source,
          fileId: record.fileId,
          version: record.version,
          createdBy: record.createdBy,
          createdAt: iso(record.createdAt),
          updatedBy: record.updatedBy,
          updatedAt: iso(record.updatedAt),
          shippedAt: record.shippedAt === null ? null : iso(record.shippedAt),
          keyResult,
          review:
            record.status === 'shipped' && record.reviewDueAt !== null
              ? {
                  dueAt: iso(record.reviewDueAt),
                  overdue:
                    record.outcome === null && record.reviewDueAt <= nowMs,
                  outcome: record.outcome,
                  notes: record.outcomeNotes,
                  reviewedBy: record.reviewedBy,
                  reviewedAt:
                    record.reviewedAt === null ? null : iso(record.reviewedAt),
                  movement,
                }
              : null,
        };
      }),
    );
  }
}

/** The annotation value of a platform's roadmap file, or its resolved location. */
export function fileNameOf(settings: RoadmapSettingsRecord): string {
  return settings.importLocation ?? 'the platform roadmap file';
}

function fileManagedMixError(settings: RoadmapSettingsRecord) {
  return new ConflictError(
    `The investment mix is declared in ${fileNameOf(
      settings,
    )} (spec.investmentMix); change it there`,
  );
}
