import type { PlatformDataSources } from '@platform-product/backstage-plugin-platform-product-common';
import type { AsyncValue } from '../../shared/AsyncValue';
import { useApiValue } from '../../shared/useApiValue';
import { dataSourcesApiRef } from './api';

/** Each metric of a platform's SLOs and where its points come from (`GET /platforms/{ref}/data-sources`). */
export function usePlatformDataSources(
  entityRef: string,
): AsyncValue<PlatformDataSources> {
  return useApiValue(
    dataSourcesApiRef,
    api => api.getDataSources({ entityRef }),
    [entityRef],
  );
}
