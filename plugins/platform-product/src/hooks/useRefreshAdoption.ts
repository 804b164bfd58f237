import { useCallback, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type { AdoptionReport } from '@platform-product/backstage-plugin-platform-product-common';
import { platformProductApiRef } from '../api';

/** Recomputes a platform's adoption now (`POST /platforms/{ref}/adoption/refresh`). */
export function useRefreshAdoption(entityRef: string): {
  refresh: () => Promise<AdoptionReport | undefined>;
  running: boolean;
  error?: Error;
} {
  const api = useApi(platformProductApiRef);
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
