import type {
  CrossPlatformRoadmap,
  RoadmapBoard,
  RoadmapItemHistory,
} from '@platform-product/backstage-plugin-platform-product-common';
import type { AsyncValue } from '../../shared/AsyncValue';
import { useApiValue } from '../../shared/useApiValue';
import { RoadmapFilters, roadmapApiRef } from './api';

/** A platform's roadmap board (`GET /platforms/{ref}/roadmap`). */
export function useRoadmapBoard(entityRef: string): AsyncValue<RoadmapBoard> {
  return useApiValue(roadmapApiRef, api => api.getRoadmapBoard({ entityRef }), [
    entityRef,
  ]);
}

/** The roadmap across platforms, filtered (`GET /roadmap`). */
export function useCrossPlatformRoadmap(
  filters: RoadmapFilters,
): AsyncValue<CrossPlatformRoadmap> {
  const { platform, persona, category, status } = filters;
  return useApiValue(
    roadmapApiRef,
    api => api.getCrossPlatformRoadmap({ platform, persona, category, status }),
    [platform, persona, category, status],
  );
}

/** Every change of a roadmap item, oldest first (`GET …/roadmap/items/{id}/history`). */
export function useRoadmapItemHistory(
  entityRef: string,
  itemId: string,
): AsyncValue<RoadmapItemHistory> {
  return useApiValue(
    roadmapApiRef,
    api => api.getRoadmapItemHistory({ entityRef, itemId }),
    [entityRef, itemId],
  );
}
