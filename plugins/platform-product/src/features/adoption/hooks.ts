import { useCallback, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type { AdoptionReport } from '@platform-product/backstage-plugin-platform-product-common';
import { adoptionApiRef } from './api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import type { AsyncValue } from '../../shared/AsyncValue';

/** A platform's adoption and its daily trend (`GET /platforms/{ref}/adoption`), over the backend's default 30 days. */
export function usePlatformAdoption(
  entityRef: string,
): AsyncValue<AdoptionReport> {
  const api = useApi(adoptionApiRef);
  return useAsyncRetry(() => api.getAdoption({ entityRef }), [api, entityRef]);
}

/** Recomputes a platform's adoption now (`POST /platforms/{ref}/adoption/refresh`). */
export function useRefreshAdoption(entityRef: string): {
  refresh: () => Promise<AdoptionReport | undefined>;
  running: boolean;
  error?: Error;
} {
  const api = useApi(adoptionApiRef);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<Error>();

  const refresh = useCallback(async () => {
    setRunning(true);
    setError(undefined);
    try {
      return await api.refreshAdoption({ entityRef });
    } catch (e) {
      setError(e as Error);
      return undefined;
    } finally {
      setRunning(false);
    }
  }, [api, entityRef]);

  return { refresh, running, error };
}
