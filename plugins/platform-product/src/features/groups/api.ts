import { createApiRef } from '@backstage/core-plugin-api';
import type { GroupPlatformPicture } from '@platform-product/backstage-plugin-platform-product-common';
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
 * A group's own picture of the platforms. Every method rejects with a `ResponseError` from
 * `@backstage/errors` when the backend answers with an error.
 *
 * @public
 */
export interface GroupsApi {
  /**
   * How the group's teams use each platform against the company, its services on deprecated parts,
   * the surveys its members can answer and the key results scoped to it
   * (`GET /groups/{ref}/platforms`).
   */
  getGroupPlatforms(options: {
    groupRef: PlatformProductEntityRef;
  }): Promise<GroupPlatformPicture>;
}

/**
 * The {@link GroupsApi}, provided by the plugin with a {@link GroupsClient}.
 *
 * @public
 */
export const groupsApiRef = createApiRef<GroupsApi>({
  id: 'plugin.platform-product.groups',
});

/**
 * The {@link GroupsApi} over the Platform Product backend.
 *
 * @public
 */
export class GroupsClient implements GroupsApi {
  private readonly fetcher: PlatformProductFetcher;

  constructor(options: PlatformProductClientOptions) {
    this.fetcher = new PlatformProductFetcher(options);
  }

  getGroupPlatforms(options: {
    groupRef: PlatformProductEntityRef;
  }): Promise<GroupPlatformPicture> {
    return this.fetcher.get(
      apiPath`/groups/${entitySegments(options.groupRef)}/platforms`,
    );
  }
}
