import { createApiRef } from '@backstage/core-plugin-api';
import type { SloReport } from '@platform-product/backstage-plugin-platform-product-common';
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
 * The live status of a platform's SLOs. Rejects with a `ResponseError` from `@backstage/errors`
 * when the backend answers with an error.
 *
 * @public
 */
export interface SlosApi {
  /** Attainment, error budget, burn rates and alert state of each SLO (`GET /platforms/{ref}/slos`). */
  getSlos(options: { entityRef: PlatformProductEntityRef }): Promise<SloReport>;
}

/**
 * The {@link SlosApi}, provided by the plugin with a {@link SlosClient}.
 *
 * @public
 */
export const slosApiRef = createApiRef<SlosApi>({
  id: 'plugin.platform-product.slos',
});

/**
 * The {@link SlosApi} over the Platform Product backend.
 *
 * @public
 */
export class SlosClient implements SlosApi {
  private readonly fetcher: PlatformProductFetcher;

  constructor(options: PlatformProductClientOptions) {
    this.fetcher = new PlatformProductFetcher(options);
  }

  getSlos(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<SloReport> {
    return this.fetcher.get(
      apiPath`/platforms/${entitySegments(options.entityRef)}/slos`,
    );
  }
}
