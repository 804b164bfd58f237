import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { PlatformProductClient, platformProductApiRef } from '../api';

/**
 * The {@link platformProductApiRef} client for the new frontend system.
 *
 * @alpha
 */
export const platformProductApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: platformProductApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new PlatformProductClient({ discoveryApi, fetchApi }),
    }),
});
