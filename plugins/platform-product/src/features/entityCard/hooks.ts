import { useCallback } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type { EntityCard } from '@platform-product/backstage-plugin-platform-product-common';
import type { AsyncValue } from '../../shared/AsyncValue';
import { useApiValue } from '../../shared/useApiValue';
import { entityCardApiRef } from './api';

/**
 * What the service-page card and the deprecation banner show for an entity
 * (`GET /entities/{ref}/card`). Both call it, and the client shares one request between them.
 * `retry` forgets the shared answer first, so it asks the backend again (after an error, or after a
 * write that changes the card).
 */
export function useEntityCard(entityRef: string): AsyncValue<EntityCard> {
  const api = useApi(entityCardApiRef);
  const state = useApiValue(
    entityCardApiRef,
    cards => cards.getEntityCard({ entityRef }),
    [entityRef],
  );
  const { retry } = state;
  const refetch = useCallback(() => {
    api.invalidate(entityRef);
    retry();
  }, [api, entityRef, retry]);
  return { ...state, retry: refetch };
}
