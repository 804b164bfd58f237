import { useApi } from '@backstage/core-plugin-api';
import type {
  DeprecationDetail,
  DeprecationExceptionAuditEntry,
  DeprecationList,
} from '@platform-product/backstage-plugin-platform-product-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { deprecationsApiRef } from './api';
import type { AsyncValue } from '../../shared/AsyncValue';

/** Every active deprecation (`GET /deprecations`). */
export function useDeprecationList(): AsyncValue<DeprecationList> {
  const api = useApi(deprecationsApiRef);
  return useAsyncRetry(() => api.listDeprecations(), [api]);
}

/** One deprecation with its consumers by team (`GET /deprecations/{ref}`). */
export function useDeprecationDetail(
  entityRef: string,
): AsyncValue<DeprecationDetail> {
  const api = useApi(deprecationsApiRef);
  return useAsyncRetry(
    () => api.getDeprecation({ entityRef }),
    [api, entityRef],
  );
}

/** Who requested and decided an exception, and when (`GET /deprecations/{ref}/exceptions/{id}/audit`). */
export function useExceptionAudit(
  deprecationRef: string,
  exceptionId: string,
): AsyncValue<{ items: DeprecationExceptionAuditEntry[] }> {
  const api = useApi(deprecationsApiRef);
  return useAsyncRetry(
    () => api.getDeprecationExceptionAudit({ deprecationRef, exceptionId }),
    [api, deprecationRef, exceptionId],
  );
}
