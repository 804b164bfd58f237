import { createApiRef } from '@backstage/core-plugin-api';
import type { AdoptionReport } from '@platform-product/backstage-plugin-platform-product-common';
import {
  PlatformProductFetcher,
  apiPath,
  entitySegments,
} from '../../api/PlatformProductFetcher';
import type {
  PlatformProductClientOptions,
  PlatformProductDayRange,
  PlatformProductEntityRef,
} from '../../api/types';

/**
 * Who adopts a platform. Every method rejects with a `ResponseError` from `@backstage/errors` when
 * the backend answers with an error.
 *
 * @public
 */
export interface AdoptionApi {
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
}

/**
 * The {@link AdoptionApi}, provided by the plugin with an {@link AdoptionClient}.
 *
 * @public
 */
export const adoptionApiRef = createApiRef<AdoptionApi>({
  id: 'plugin.platform-product.adoption',
});

/**
 * The {@link AdoptionApi} over the Platform Product backend.
 *
 * @public
 */
export class AdoptionClient implements AdoptionApi {
  private readonly fetcher: PlatformProductFetcher;

  constructor(options: PlatformProductClientOptions) {
    this.fetcher = new PlatformProductFetcher(options);
  }

  getAdoption(
    options: { entityRef: PlatformProductEntityRef } & PlatformProductDayRange,
  ): Promise<AdoptionReport> {
    const { entityRef, from, to } = options;
    return this.fetcher.get(
      apiPath`/platforms/${entitySegments(entityRef)}/adoption`,
      { from, to },
    );
  }

  refreshAdoption(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<AdoptionReport> {
    return this.fetcher.send(
      'POST',
      apiPath`/platforms/${entitySegments(options.entityRef)}/adoption/refresh`,
    );
  }
}
