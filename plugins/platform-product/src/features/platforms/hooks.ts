import { useApi } from '@backstage/core-plugin-api';
import type { EntityPlatforms } from '@platform-product/backstage-plugin-platform-product-common';
import { platformsApiRef } from './api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import type { AsyncValue } from '../../shared/AsyncValue';

/** The platforms an entity relies on (`GET /entities/{ref}/platforms`). */
export function useEntityPlatforms(
  entityRef: string,
): AsyncValue<EntityPlatforms> {
  const api = useApi(platformsApiRef);
  return useAsyncRetry(
    () => api.getEntityPlatforms({ entityRef }),
    [api, entityRef],
  );
}
