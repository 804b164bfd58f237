import { useApi } from '@backstage/core-plugin-api';
import type { ObjectiveList } from '@platform-product/backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import type { AsyncValue } from '../../shared/AsyncValue';
import { objectivesApiRef } from './api';

/** A platform's objectives with each key result's computed progress (`GET /platforms/{ref}/objectives`). */
export function useObjectives(entityRef: string): AsyncValue<ObjectiveList> {
  const api = useApi(objectivesApiRef);
  return useAsyncRetry(
    () => api.listObjectives({ entityRef }),
    [api, entityRef],
  );
}
