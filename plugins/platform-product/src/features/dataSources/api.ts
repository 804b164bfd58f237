import { createApiRef } from '@backstage/core-plugin-api';
import type { PlatformDataSources } from '@platform-product/backstage-plugin-platform-product-common';
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
 * Where the points of a platform's SLO metrics come from: pushed through the ingest API, or pulled
 * by a metric provider from a `metricSource`, with how the last pulls went. Pulling now is for the
 * platform's owners (others get a 403 whose message says so). Every method rejects with a
 * `ResponseError` from `@backstage/errors` when the backend answers with an error.
 *
 * @public
 */
export interface DataSourcesApi {
  /** Each metric of the platform's SLOs and its source (`GET /platforms/{ref}/data-sources`). */
  getDataSources(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<PlatformDataSources>;

  /** Pulls every pulled source of the platform now, and answers how it went (`POST /platforms/{ref}/data-sources/pull`). */
  pullDataSources(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<PlatformDataSources>;
}

/**
 * The {@link DataSourcesApi}, provided by the plugin with a {@link DataSourcesClient}.
 *
 * @public
 */
export const dataSourcesApiRef = createApiRef<DataSourcesApi>({
  id: 'plugin.platform-product.data-sources',
});

/**
 * The {@link DataSourcesApi} over the Platform Product backend.
 *
 * @public
 */
export class DataSourcesClient implements DataSourcesApi {
  private readonly fetcher: PlatformProductFetcher;

  constructor(options: PlatformProductClientOptions) {
    this.fetcher = new PlatformProductFetcher(options);
  }

  getDataSources(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<PlatformDataSources> {
    return this.fetcher.get(
      apiPath`/platforms/${entitySegments(options.entityRef)}/data-sources`,
    );
  }

  pullDataSources(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<PlatformDataSources> {
    return this.fetcher.send(
      'POST',
      apiPath`/platforms/${entitySegments(
        options.entityRef,
      )}/data-sources/pull`,
    );
  }
}
