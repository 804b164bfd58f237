import { createApiRef } from '@backstage/core-plugin-api';
import type {
  CrossPlatformRoadmap,
  EntityRoadmap,
  InvestmentMix,
  RoadmapBoard,
  RoadmapHorizon,
  RoadmapImportStatus,
  RoadmapItem,
  RoadmapItemFields,
  RoadmapItemHistory,
  RoadmapOutcome,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  PlatformProductFetcher,
  apiPath,
  entitySegments,
} from '../../api/PlatformProductFetcher';
import type {
  PlatformProductClientOptions,
  PlatformProductEntityRef,
} from '../../api/types';

/**
 * Filters of the cross-platform roadmap; each narrows the items.
 *
 * @public
 */
export interface RoadmapFilters {
  platform?: string;
  persona?: string;
  category?: string;
  status?: string;
}

/**
 * One item of a platform's roadmap: the platform and the item's id.
 *
 * @public
 */
export type RoadmapItemRef = {
  entityRef: PlatformProductEntityRef;
  itemId: string;
};

/**
 * Platform roadmaps: each platform's Now / Next / Later board, the roadmap across platforms, and
 * what is Now for an entity. Writes are for the platform's owners and send the version of the item
 * the user read; a stale one rejects with a 409 `ResponseError` whose message says what changed
 * since. Every method rejects with a `ResponseError` from `@backstage/errors` when the backend
 * answers with an error.
 *
 * @public
 */
export interface RoadmapApi {
  /** The platform's Now / Next / Later board (`GET /platforms/{ref}/roadmap`). */
  getRoadmapBoard(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<RoadmapBoard>;

  /** Adds an item (`POST /platforms/{ref}/roadmap/items`); owners only. */
  createRoadmapItem(options: {
    entityRef: PlatformProductEntityRef;
    item: RoadmapItemFields & { horizon: RoadmapHorizon; position?: number };
  }): Promise<RoadmapItem>;

  /** Edits (or drops, with `status: 'dropped'`) an item (`PATCH …/roadmap/items/{id}`). */
  updateRoadmapItem(options: {
    entityRef: PlatformProductEntityRef;
    itemId: string;
    version: number;
    changes: Partial<RoadmapItemFields>;
  }): Promise<RoadmapItem>;

  /** Moves an item to a horizon and position, 0 = top (`POST …/roadmap/items/{id}/move`). */
  moveRoadmapItem(options: {
    entityRef: PlatformProductEntityRef;
    itemId: string;
    version: number;
    horizon: RoadmapHorizon;
    position: number;
  }): Promise<RoadmapItem>;

  /** Records a shipped item's outcome review (`POST …/roadmap/items/{id}/review`). */
  reviewRoadmapItem(options: {
    entityRef: PlatformProductEntityRef;
    itemId: string;
    version: number;
    outcome: RoadmapOutcome;
    notes?: string;
  }): Promise<RoadmapItem>;

  /** Every change of an item (`GET …/roadmap/items/{id}/history`). */
  getRoadmapItemHistory(options: {
    entityRef: PlatformProductEntityRef;
    itemId: string;
  }): Promise<RoadmapItemHistory>;

  /** Declares the intended investment mix (`PUT …/roadmap/investment-mix`). */
  setInvestmentMix(options: {
    entityRef: PlatformProductEntityRef;
    mix: InvestmentMix;
  }): Promise<RoadmapBoard>;

  /** Imports the platform's roadmap file now (`POST …/roadmap/import`). */
  importRoadmap(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<RoadmapImportStatus>;

  /** The board as a roadmap file (`GET /platforms/{ref}/roadmap.yaml`). */
  exportRoadmap(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<string>;

  /** The roadmap across platforms (`GET /roadmap`). */
  getCrossPlatformRoadmap(
    filters: RoadmapFilters,
  ): Promise<CrossPlatformRoadmap>;

  /** Each relied-on platform's Now items for the entity's personas (`GET /entities/{ref}/roadmap`). */
  getEntityRoadmap(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<EntityRoadmap>;
}

/**
 * The {@link RoadmapApi}, provided by the plugin with a {@link RoadmapClient}.
 *
 * @public
 */
export const roadmapApiRef = createApiRef<RoadmapApi>({
  id: 'plugin.platform-product.roadmap',
});

/** The path of a platform's roadmap. */
function roadmapPath(entityRef: PlatformProductEntityRef): string {
  return apiPath`/platforms/${entitySegments(entityRef)}/roadmap`;
}

/** The path of one roadmap item of a platform. */
function itemPath({ entityRef, itemId }: RoadmapItemRef): string {
  return `${roadmapPath(entityRef)}${apiPath`/items/${itemId}`}`;
}

/**
 * The {@link RoadmapApi} over the Platform Product backend.
 *
 * @public
 */
export class RoadmapClient implements RoadmapApi {
  private readonly fetcher: PlatformProductFetcher;

  constructor(options: PlatformProductClientOptions) {
    this.fetcher = new PlatformProductFetcher(options);
  }

  getRoadmapBoard(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<RoadmapBoard> {
    return this.fetcher.get(roadmapPath(options.entityRef));
  }

  createRoadmapItem(options: {
    entityRef: PlatformProductEntityRef;
    item: RoadmapItemFields & { horizon: RoadmapHorizon; position?: number };
  }): Promise<RoadmapItem> {
    return this.fetcher.send(
      'POST',
      `${roadmapPath(options.entityRef)}/items`,
      {
        body: options.item,
      },
    );
  }

  updateRoadmapItem(
    options: RoadmapItemRef & {
      version: number;
      changes: Partial<RoadmapItemFields>;
    },
  ): Promise<RoadmapItem> {
    return this.fetcher.send('PATCH', itemPath(options), {
      body: { version: options.version, ...options.changes },
    });
  }

  moveRoadmapItem(
    options: RoadmapItemRef & {
      version: number;
      horizon: RoadmapHorizon;
      position: number;
    },
  ): Promise<RoadmapItem> {
    const { version, horizon, position } = options;
    return this.fetcher.send('POST', `${itemPath(options)}/move`, {
      body: { version, horizon, position },
    });
  }

  reviewRoadmapItem(
    options: RoadmapItemRef & {
      version: number;
      outcome: RoadmapOutcome;
      notes?: string;
    },
  ): Promise<RoadmapItem> {
    const { version, outcome, notes } = options;
    return this.fetcher.send('POST', `${itemPath(options)}/review`, {
      body: { version, outcome, ...(notes ? { notes } : {}) },
    });
  }

  getRoadmapItemHistory(options: RoadmapItemRef): Promise<RoadmapItemHistory> {
    return this.fetcher.get(`${itemPath(options)}/history`);
  }

  setInvestmentMix(options: {
    entityRef: PlatformProductEntityRef;
    mix: InvestmentMix;
  }): Promise<RoadmapBoard> {
    return this.fetcher.send(
      'PUT',
      `${roadmapPath(options.entityRef)}/investment-mix`,
      { body: { mix: options.mix } },
    );
  }

  importRoadmap(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<RoadmapImportStatus> {
    return this.fetcher.send(
      'POST',
      `${roadmapPath(options.entityRef)}/import`,
    );
  }

  exportRoadmap(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<string> {
    return this.fetcher.getText(`${roadmapPath(options.entityRef)}.yaml`);
  }

  getCrossPlatformRoadmap(
    filters: RoadmapFilters,
  ): Promise<CrossPlatformRoadmap> {
    const { platform, persona, category, status } = filters;
    return this.fetcher.get('/roadmap', {
      platform,
      persona,
      category,
      status,
    });
  }

  getEntityRoadmap(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<EntityRoadmap> {
    return this.fetcher.get(
      apiPath`/entities/${entitySegments(options.entityRef)}/roadmap`,
    );
  }
}
