import { createApiRef } from '@backstage/core-plugin-api';
import type {
  EntityPlatforms,
  IngestResult,
  MetricPointInput,
  PlatformList,
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
 * The platforms of the catalog, the platforms an entity relies on, and metric ingest. Every method
 * rejects with a `ResponseError` from `@backstage/errors` when the backend answers with an error.
 *
 * @public
 */
export interface PlatformsApi {
  /** Every platform product in the catalog, with a short summary (`GET /platforms`). */
  listPlatforms(): Promise<PlatformList>;

  /** Each platform an entity relies on, with its SLO health and support (`GET /entities/{ref}/platforms`). */
  getEntityPlatforms(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<EntityPlatforms>;

  /** Stores a batch of metric points (`POST /metrics`); the backend accepts service credentials only. */
  ingestMetrics(options: { points: MetricPointInput[] }): Promise<IngestResult>;
}

/**
 * The {@link PlatformsApi}, provided by the plugin with a {@link PlatformsClient}.
 *
 * @public
 */
export const platformsApiRef = createApiRef<PlatformsApi>({
  id: 'plugin.platform-product.platforms',
});

/**
 * The {@link PlatformsApi} over the Platform Product backend.
 *
 * @public
 */
export class PlatformsClient implements PlatformsApi {
  private readonly fetcher: PlatformProductFetcher;

  constructor(options: PlatformProductClientOptions) {
    this.fetcher = new PlatformProductFetcher(options);
  }

  listPlatforms(): Promise<PlatformList> {
    return this.fetcher.get('/platforms');
  }

  getEntityPlatforms(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<EntityPlatforms> {
    return this.fetcher.get(
      apiPath`/entities/${entitySegments(options.entityRef)}/platforms`,
    );
  }

  ingestMetrics(options: {
    points: MetricPointInput[];
  }): Promise<IngestResult> {
    return this.fetcher.send('POST', '/metrics', {
      body: { points: options.points },
    });
  }
}
