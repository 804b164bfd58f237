import type { AsyncState } from 'react-use/esm/useAsyncFn';

/**
 * The state of a value being loaded by `useAsyncRetry` (react-use), and a way to load it again.
 *
 * @public
 */
export type AsyncValue<T> = AsyncState<T> & {
  /** Loads the value again, e.g. from a "Retry" button. */
  retry: () => void;
};
