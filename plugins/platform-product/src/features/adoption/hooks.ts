import type { AdoptionReport } from '@platform-product/backstage-plugin-platform-product-common';
import type { AsyncValue } from '../../shared/AsyncValue';
import { useApiValue } from '../../shared/useApiValue';
import { adoptionApiRef } from './api';

/** A platform's adoption and its daily trend (`GET /platforms/{ref}/adoption`), over the backend's default 30 days. */
export function usePlatformAdoption(
  entityRef: string,
): AsyncValue<AdoptionReport> {
  return useApiValue(adoptionApiRef, api => api.getAdoption({ entityRef }), [
    entityRef,
  ]);
}
