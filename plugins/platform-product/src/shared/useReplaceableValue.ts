import { useCallback, useState } from 'react';
import type { AsyncValue } from './AsyncValue';

/**
 * A value loaded for an entity that the answer of an action can replace, e.g. the report a
 * "Refresh now" answers with: once `replace` is called, the state shows that answer instead of what
 * was loaded. The answer is kept with the entity (`key`) it is for, as the page may move to
 * another one.
 */
export function useReplaceableValue<T>(
  state: AsyncValue<T>,
  key: string,
): [AsyncValue<T>, (value: T) => void] {
  const [answer, setAnswer] = useState<{ key: string; value: T }>();
  const replace = useCallback((value: T) => setAnswer({ key, value }), [key]);
  return [
    answer?.key === key
      ? { ...state, loading: false, error: undefined, value: answer.value }
      : state,
    replace,
  ];
}
