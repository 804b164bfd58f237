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
import type { PlatformProductEntityRef } from './PlatformProductApi';

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
 * The roadmap part of the Platform Product API. Writes send the version of the item the user read;
 * a stale one rejects with a 409 `ResponseError` whose message says what changed since.
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
