import type { SloReport } from '@platform-product/backstage-plugin-platform-product-common';
import type { AsyncValue } from '../../shared/AsyncValue';
import { useApiValue } from '../../shared/useApiValue';
import { slosApiRef } from './api';

/** The live status of a platform's SLOs (`GET /platforms/{ref}/slos`). */
export function usePlatformSlos(entityRef: string): AsyncValue<SloReport> {
  return useApiValue(slosApiRef, api => api.getSlos({ entityRef }), [
    entityRef,
  ]);
}
