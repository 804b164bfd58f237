import { ApiRef, useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import type { AsyncValue } from './AsyncValue';

/**
 * A value read from one of the plugin's APIs, loaded again when `deps` change or on `retry`:
 * the one way the features' hooks read from the backend.
 */
export function useApiValue<TApi, T>(
  apiRef: ApiRef<TApi>,
  read: (api: TApi) => Promise<T>,
  deps: unknown[],
): AsyncValue<T> {
  const api = useApi(apiRef);
  // `read` is a new function on every render; what it reads is named by `deps`.
  return useAsyncRetry(() => read(api), [api, ...deps]);
}
