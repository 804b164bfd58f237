import type { RoadmapItemEvidence } from '@platform-product/backstage-plugin-platform-product-common';
import type { AsyncValue } from '../../shared/AsyncValue';
import { useApiValue } from '../../shared/useApiValue';
import { feedbackApiRef } from './api';

/** The feedback that backs a roadmap item (`GET …/roadmap/items/{id}/evidence`). */
export function useRoadmapItemEvidence(
  entityRef: string,
  itemId: string,
): AsyncValue<RoadmapItemEvidence> {
  return useApiValue(
    feedbackApiRef,
    api => api.getRoadmapItemEvidence({ entityRef, itemId }),
    [entityRef, itemId],
  );
}
