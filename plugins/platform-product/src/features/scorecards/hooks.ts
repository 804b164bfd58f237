import type { Scorecard } from '@platform-product/backstage-plugin-platform-product-common';
import type { AsyncValue } from '../../shared/AsyncValue';
import { useApiValue } from '../../shared/useApiValue';
import { scorecardsApiRef } from './api';

/** A platform's scorecard with its daily history (`GET /platforms/{ref}/scorecard`), over the backend's default 30 days. */
export function usePlatformScorecard(entityRef: string): AsyncValue<Scorecard> {
  return useApiValue(scorecardsApiRef, api => api.getScorecard({ entityRef }), [
    entityRef,
  ]);
}
