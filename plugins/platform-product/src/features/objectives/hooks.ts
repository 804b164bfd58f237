import type { ObjectiveList } from '@platform-product/backstage-plugin-platform-product-common';
import type { AsyncValue } from '../../shared/AsyncValue';
import { useApiValue } from '../../shared/useApiValue';
import { objectivesApiRef } from './api';

/** A platform's objectives with each key result's computed progress (`GET /platforms/{ref}/objectives`). */
export function useObjectives(entityRef: string): AsyncValue<ObjectiveList> {
  return useApiValue(
    objectivesApiRef,
    api => api.listObjectives({ entityRef }),
    [entityRef],
  );
}
