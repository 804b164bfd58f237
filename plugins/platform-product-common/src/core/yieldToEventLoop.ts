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
 * between two {@link yieldToEventLoop} calls: a slice takes under 10 ms on a 2-core machine, so a
 * request that arrives while a 50,000-entity graph is rebuilt waits that long at most for it
 * (1,000 entities per slice made every such request wait 25–35 ms).
 *
 * @public
 */
export const ENTITIES_BETWEEN_YIELDS = 250;
