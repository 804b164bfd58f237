/**
 * The value kept under `key`, or the one `compute` gives, kept there first: how a memo or a
 * grouping is filled without looking the key up twice or copying what it holds.
 *
 * @example
 * ```ts
 * getOrCompute(byOwner, ownerRef, () => []).push(service);
 * ```
 *
 * @param cache - where the values are kept (a `Map`, or a `WeakMap` for object keys)
 * @param key - what the value is kept under
 * @param compute - makes the value when none is kept
 * @returns the kept value
 * @public
 */
export function getOrCompute<K, V>(
  cache: KeyedCache<K, V>,
  key: K,
  compute: () => V,
): V {
  const kept = cache.get(key);
  if (kept !== undefined || cache.has(key)) return kept as V;
  const value = compute();
  cache.set(key, value);
  return value;
}

/**
 * What {@link getOrCompute} keeps values in: a `Map` or a `WeakMap`.
 *
 * @public
 */
export interface KeyedCache<K, V> {
  get(key: K): V | undefined;
  has(key: K): boolean;
  set(key: K, value: V): unknown;
}
