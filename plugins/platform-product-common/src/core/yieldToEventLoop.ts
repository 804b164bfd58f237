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
