import { useApi } from '@backstage/core-plugin-api';
import type { AdoptionReport } from '@platform-product/backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import type { AsyncValue } from '../../shared/AsyncValue';
import { adoptionApiRef } from './api';

/** A platform's adoption and its daily trend (`GET /platforms/{ref}/adoption`), over the backend's default 30 days. */
export function usePlatformAdoption(
  entityRef: string,
): AsyncValue<AdoptionReport> {
  const api = useApi(adoptionApiRef);
  return useAsyncRetry(() => api.getAdoption({ entityRef }), [api, entityRef]);
}
