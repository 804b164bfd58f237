import { useApi } from '@backstage/core-plugin-api';
import type { Scorecard } from '@platform-product/backstage-plugin-platform-product-common';
import { scorecardsApiRef } from './api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import type { AsyncValue } from '../../shared/AsyncValue';

/** A platform's scorecard with its daily history (`GET /platforms/{ref}/scorecard`), over the backend's default 30 days. */
export function usePlatformScorecard(entityRef: string): AsyncValue<Scorecard> {
  const api = useApi(scorecardsApiRef);
  return useAsyncRetry(() => api.getScorecard({ entityRef }), [api, entityRef]);
}
