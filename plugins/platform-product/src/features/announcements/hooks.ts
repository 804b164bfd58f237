import type {
  AnnouncementList,
  FollowState,
} from '@platform-product/backstage-plugin-platform-product-common';
import type { AsyncValue } from '../../shared/AsyncValue';
import { useApiValue } from '../../shared/useApiValue';
import { announcementsApiRef } from './api';

/** A platform's relevant announcements, newest first (`GET /platforms/{ref}/announcements`). */
export function useAnnouncements(
  entityRef: string,
): AsyncValue<AnnouncementList> {
  return useApiValue(
    announcementsApiRef,
    api => api.listAnnouncements({ entityRef }),
    [entityRef],
  );
}

/** Whether the signed-in user follows a platform, and how many do (`GET /platforms/{ref}/follow`). */
export function useFollowState(entityRef: string): AsyncValue<FollowState> {
  return useApiValue(
    announcementsApiRef,
    api => api.getFollowState({ entityRef }),
    [entityRef],
  );
}
