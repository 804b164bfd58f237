import { useApi } from '@backstage/core-plugin-api';
import type {
  AnnouncementList,
  FollowState,
} from '@platform-product/backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import type { AsyncValue } from '../../shared/AsyncValue';
import { announcementsApiRef } from './api';

/** A platform's relevant announcements, newest first (`GET /platforms/{ref}/announcements`). */
export function useAnnouncements(
  entityRef: string,
): AsyncValue<AnnouncementList> {
  const api = useApi(announcementsApiRef);
  return useAsyncRetry(
    () => api.listAnnouncements({ entityRef }),
    [api, entityRef],
  );
}

/** Whether the signed-in user follows a platform, and how many do (`GET /platforms/{ref}/follow`). */
export function useFollowState(entityRef: string): AsyncValue<FollowState> {
  const api = useApi(announcementsApiRef);
  return useAsyncRetry(
    () => api.getFollowState({ entityRef }),
    [api, entityRef],
  );
}
