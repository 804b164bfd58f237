import { createApiRef } from '@backstage/core-plugin-api';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import type {
  AdoptionReport,
  EntityPlatforms,
  IngestResult,
  MetricPointInput,
  PlatformList,
  Scorecard,
  SloReport,
} from '@platform-product/backstage-plugin-platform-product-common';

/**
 * A catalog entity, as a ref string (`system:default/deploy-platform`) or as its parts.
 *
 * @public
 */
export type PlatformProductEntityRef = string | CompoundEntityRef;

/**
 * A range of days for the history of a scorecard or of adoption. Both ends are `YYYY-MM-DD`
 * and optional: the backend defaults to the 30 days up to today (UTC).
 *
 * @public
 */
export interface PlatformProductDayRange {
  from?: string;
  to?: string;
}

/**
 * The Platform Product backend, one method per route of its REST API
 * (plugins/platform-product-backend/src/schema/openapi.yaml). Every method rejects with a
 * `ResponseError` from `@backstage/errors` when the backend answers with an error.
 *
 * @public
 */
export interface PlatformProductApi {
  /** Every platform product in the catalog, with a short summary (`GET /platforms`). */
  listPlatforms(): Promise<PlatformList>;

  /** A platform's balanced scorecard with daily history (`GET /platforms/{ref}/scorecard`). */
  getScorecard(
    options: { entityRef: PlatformProductEntityRef } & PlatformProductDayRange,
  ): Promise<Scorecard>;

  /** Attainment, error budget, burn rates and alert state of each SLO (`GET /platforms/{ref}/slos`). */
  getSlos(options: { entityRef: PlatformProductEntityRef }): Promise<SloReport>;

  /** Adoption now, per persona and org, and its daily trend (`GET /platforms/{ref}/adoption`). */
  getAdoption(
    options: { entityRef: PlatformProductEntityRef } & PlatformProductDayRange,
  ): Promise<AdoptionReport>;

  /**
   * Recomputes adoption and the scorecard now (`POST /platforms/{ref}/adoption/refresh`). Only the
   * platform's owners may; others get a 403 whose message says so.
   */
  refreshAdoption(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<AdoptionReport>;

  /** Each platform an entity relies on, with its SLO health and support (`GET /entities/{ref}/platforms`). */
  getEntityPlatforms(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<EntityPlatforms>;

  /** Stores a batch of metric points (`POST /metrics`); the backend accepts service credentials only. */
  ingestMetrics(options: { points: MetricPointInput[] }): Promise<IngestResult>;
}

/**
 * The {@link PlatformProductApi}, provided by the plugin with a {@link PlatformProductClient}.
 *
 * @public
 */
export const platformProductApiRef = createApiRef<PlatformProductApi>({
  id: 'plugin.platform-product.service',
});
