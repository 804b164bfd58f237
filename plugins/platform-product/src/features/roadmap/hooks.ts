import { useApi } from '@backstage/core-plugin-api';
import type {
  CrossPlatformRoadmap,
  RoadmapBoard,
  RoadmapItemHistory,
} from '@platform-product/backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { RoadmapFilters, roadmapApiRef } from './api';
import type { AsyncValue } from '../../shared/AsyncValue';

/** A platform's roadmap board (`GET /platforms/{ref}/roadmap`). */
export function useRoadmapBoard(entityRef: string): AsyncValue<RoadmapBoard> {
  const api = useApi(roadmapApiRef);
  return useAsyncRetry(
    () => api.getRoadmapBoard({ entityRef }),
    [api, entityRef],
  );
}

/** The roadmap across platforms, filtered (`GET /roadmap`). */
export function useCrossPlatformRoadmap(
  filters: RoadmapFilters,
): AsyncValue<CrossPlatformRoadmap> {
  const api = useApi(roadmapApiRef);
  const { platform, persona, category, status } = filters;
  return useAsyncRetry(
    () => api.getCrossPlatformRoadmap({ platform, persona, category, status }),
    [api, platform, persona, category, status],
  );
}

/** Every change of a roadmap item, oldest first (`GET …/roadmap/items/{id}/history`). */
export function useRoadmapItemHistory(
  entityRef: string,
  itemId: string,
): AsyncValue<RoadmapItemHistory> {
  const api = useApi(roadmapApiRef);
  return useAsyncRetry(
    () => api.getRoadmapItemHistory({ entityRef, itemId }),
    [api, entityRef, itemId],
  );
}
