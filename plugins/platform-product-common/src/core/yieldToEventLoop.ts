/**
 * Lets the event loop run what is waiting (I/O callbacks, other requests) before going on: a long
 * computation awaits this between steps so that a server keeps answering. `setImmediate` where
 * there is one (Node.js), else a zero timeout (browsers).
 *
 * @public
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise(resolve => {
    if (typeof setImmediate === 'function') {
      setImmediate(resolve);
    } else {
      setTimeout(resolve, 0);
    }
  });
}

/**
 * How many entities a long walk over the catalog (indexing a graph, its deprecations) handles
 * between two {@link yieldToEventLoop} calls: at 50,000 entities a slice takes tens of
 * milliseconds, short enough for the requests waiting meanwhile.
 *
 * @public
 */
export const ENTITIES_BETWEEN_YIELDS = 1000;
