import type { GroupPlatformPicture } from '@platform-product/backstage-plugin-platform-product-common';
import type { AsyncValue } from '../../shared/AsyncValue';
import { useApiValue } from '../../shared/useApiValue';
import { groupsApiRef } from './api';

/** A group's picture of the platforms (`GET /groups/{ref}/platforms`). */
export function useGroupPlatforms(
  groupRef: string,
): AsyncValue<GroupPlatformPicture> {
  return useApiValue(groupsApiRef, api => api.getGroupPlatforms({ groupRef }), [
    groupRef,
  ]);
}
