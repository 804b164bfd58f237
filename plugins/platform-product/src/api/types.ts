import type { CompoundEntityRef } from '@backstage/catalog-model';
import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';

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
 * What every Platform Product client is built from: the app's discovery API, to find the backend,
 * and its fetch API, so that requests carry the signed-in user's credentials.
 *
 * @public
 */
export interface PlatformProductClientOptions {
  discoveryApi: DiscoveryApi;
  fetchApi: FetchApi;
}
