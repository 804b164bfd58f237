import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  compareRanked,
  computeInvestmentMix,
  CrossPlatformRoadmap,
  EntityRoadmap,
  normalizePersonaRef,
  ROADMAP_HORIZONS,
  RoadmapBoard,
  RoadmapItem,
  RoadmapItemHistory,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  PlatformCatalog,
  platformTitle,
  ResolvedPlatform,
} from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { KeyResultLookup, RoadmapEvidenceSource } from '../../ports';
import { requireItem } from './roadmapItemAccess';
import { fileNameOf } from './roadmapRecords';
import { RoadmapItemRecord, RoadmapStore } from './RoadmapStore';
import { toApiItems } from './toApiItems';

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

/**
 * What the roadmap shows: the Now / Next / Later board of a platform with its investment mix and
 * last import, an item and its history, the roadmap across the platforms the caller can see and,
 * per entity, what is Now on the platforms it relies on (the service card's roadmap lines).
 * Everyone who can see a platform reads its roadmap.
 *
 * @internal
 */
export class RoadmapReadService {
  constructor(
    private readonly options: {
      store: RoadmapStore;
      platformCatalog: PlatformCatalog;
      graphs: PlatformGraphProvider;
      keyResults: KeyResultLookup;
      evidence: Pick<RoadmapEvidenceSource, 'summariesOf'>;
      logger: LoggerService;
      now: () => Date;
    },
  ) {}

  /** The platform's board: items per horizon in rank order, the investment mix, the last import. */
  async getBoard(platform: ResolvedPlatform): Promise<RoadmapBoard> {
    const { store } = this.options;
    const [records, settings] = await Promise.all([
      store.listItems([platform.ref]),
      store.getSettings(platform.ref),
    ]);
    const items = await this.toApiItems(records, true);
    const live = items.filter(item => item.status !== 'dropped');
    const horizons = Object.fromEntries(
      ROADMAP_HORIZONS.map(horizon => [
        horizon,
        live.filter(item => item.horizon === horizon).sort(compareRanked),
      ]),
    ) as RoadmapBoard['horizons'];
    return {
      platformRef: platform.ref,
      title: platformTitle(platform),
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
    const record = await requireItem(this.options.store, platform.ref, id);
    const [item] = await this.toApiItems([record], true);
    return item;
  }

  /** An item's history, oldest change first (also for an item the file import removed). */
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
      await requireItem(store, platform.ref, id);
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
      platforms.map(platform => [platform.ref, platformTitle(platform)]),
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
    const items = await this.toApiItems(records, false);
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
    const platforms = await this.options.platformCatalog.getPlatformsForEntity(
      entityRef,
      graph.platformsUsedBy(entityRef).map(use => use.platformRef),
      credentials,
    );
    return {
      entityRef,
      ...(await this.nowFor(
        entityRef,
        platforms.map(platform => ({
          platformRef: platform.ref,
          title: platformTitle(platform),
        })),
      )),
    };
  }

  /**
   * The Now items of these platforms (already resolved as the caller sees them) that concern the
   * personas of the entity's owners: not dropped, not shipped, ranked.
   */
  async nowFor(
    entityRef: string,
    platforms: ReadonlyArray<{ platformRef: string; title: string }>,
  ): Promise<Omit<EntityRoadmap, 'entityRef'>> {
    const graph = await this.options.graphs.get();
    const personas = graph.ownerPersonas(entityRef);
    if (personas.length === 0 || platforms.length === 0) {
      return { personas, platforms: [] };
    }
    const records = await this.options.store.listOpenNowItems(
      platforms.map(platform => platform.platformRef),
    );
    const isNowFor = (platformRef: string, item: RoadmapItemRecord) =>
      item.platformRef === platformRef &&
      item.personas.some(persona => personas.includes(persona));
    return {
      personas,
      platforms: platforms
        .map(({ platformRef, title }) => ({
          platformRef,
          title,
          items: records
            .filter(item => isNowFor(platformRef, item))
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

  private toApiItems(records: readonly RoadmapItemRecord[], movement: boolean) {
    const { keyResults, evidence, logger, now } = this.options;
    return toApiItems(records, {
      keyResults,
      evidence,
      logger,
      now: now().getTime(),
      movement,
    });
  }
}
