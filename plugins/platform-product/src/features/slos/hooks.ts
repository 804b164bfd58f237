import { useApi } from '@backstage/core-plugin-api';
import type { SloReport } from '@platform-product/backstage-plugin-platform-product-common';
import { slosApiRef } from './api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import type { AsyncValue } from '../../shared/AsyncValue';

/** The live status of a platform's SLOs (`GET /platforms/{ref}/slos`). */
export function usePlatformSlos(entityRef: string): AsyncValue<SloReport> {
  const api = useApi(slosApiRef);
  return useAsyncRetry(() => api.getSlos({ entityRef }), [api, entityRef]);
}
