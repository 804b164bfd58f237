import type {
  DeprecationDetail,
  DeprecationExceptionAuditEntry,
  DeprecationList,
} from '@platform-product/backstage-plugin-platform-product-common';
import type { AsyncValue } from '../../shared/AsyncValue';
import { useApiValue } from '../../shared/useApiValue';
import { deprecationsApiRef } from './api';

/** Every active deprecation (`GET /deprecations`). */
export function useDeprecationList(): AsyncValue<DeprecationList> {
  return useApiValue(deprecationsApiRef, api => api.listDeprecations(), []);
}

/** One deprecation with its consumers by team (`GET /deprecations/{ref}`). */
export function useDeprecationDetail(
  entityRef: string,
): AsyncValue<DeprecationDetail> {
  return useApiValue(
    deprecationsApiRef,
    api => api.getDeprecation({ entityRef }),
    [entityRef],
  );
}

/** Who requested and decided an exception, and when (`GET /deprecations/{ref}/exceptions/{id}/audit`). */
export function useExceptionAudit(
  deprecationRef: string,
  exceptionId: string,
): AsyncValue<{ items: DeprecationExceptionAuditEntry[] }> {
  return useApiValue(
    deprecationsApiRef,
    api => api.getDeprecationExceptionAudit({ deprecationRef, exceptionId }),
    [deprecationRef, exceptionId],
  );
}
