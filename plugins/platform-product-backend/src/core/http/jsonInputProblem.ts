import {
  fieldPath,
  forbiddenCharacterProblem,
} from '@platform-product/backstage-plugin-platform-product-common';

/**
 * How deeply a request body may nest arrays and objects: the top-level object is level 1. No
 * request of the contract needs more than 4; 32 leaves room while no recursion over the body (a
 * validator's, a message's) can run out of stack.
 *
 * @internal
 */
export const MAX_JSON_DEPTH = 32;

/** How many segments of a path a message shows before it cuts the path short. */
const SHOWN_SEGMENTS = 8;

type Segment = string | number;

/** One array or object being walked, and the key it was reached by. */
interface Frame {
  container: any;
  keys: readonly string[] | undefined;
  size: number;
  next: number;
  key: Segment | undefined;
}

const frameOf = (container: object, key: Segment | undefined): Frame => {
  const keys = Array.isArray(container) ? undefined : Object.keys(container);
  return {
    container,
    keys,
    size: keys ? keys.length : (container as unknown[]).length,
    next: 0,
    key,
  };
};

/**
 * The first thing in a parsed JSON value (a request body, or its query) that no route may receive,
 * as a 400 message naming where it is; `undefined` when there is none:
 *
 * - arrays and objects nested deeper than {@link MAX_JSON_DEPTH} levels;
 * - a text (a value or a key) holding a control character other than tab, line feed and carriage
 *   return, or half of a surrogate pair (PostgreSQL refuses U+0000 in text).
 *
 * The walk is iterative, with one frame per level, so no shape of input can exhaust the stack.
 *
 * @param value - the parsed value
 * @param root - what it is, for the messages (`body`, `query`)
 * @internal
 */
export function jsonInputProblem(
  value: unknown,
  root: string,
): string | undefined {
  if (typeof value === 'string') {
    return forbiddenCharacterProblem(root, value);
  }
  if (value === null || typeof value !== 'object') {
    return undefined;
  }
  const frames: Frame[] = [frameOf(value, undefined)];
  const pathTo = (key?: Segment) =>
    formatPath(root, [
      ...frames.slice(1).map(frame => frame.key!),
      ...(key === undefined ? [] : [key]),
    ]);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1];
    if (frame.next >= frame.size) {
      frames.pop();
      continue;
    }
    const key: Segment = frame.keys ? frame.keys[frame.next] : frame.next;
    frame.next++;
    if (typeof key === 'string') {
      const problem = forbiddenCharacterProblem(`a key of ${pathTo()}`, key);
      if (problem) {
        return problem;
      }
    }
    const child = frame.container[key];
    if (typeof child === 'string') {
      const problem = forbiddenCharacterProblem(pathTo(key), child);
      if (problem) {
        return problem;
      }
    } else if (child !== null && typeof child === 'object') {
      if (frames.length >= MAX_JSON_DEPTH) {
        return `${pathTo(
          key,
        )} is nested more than ${MAX_JSON_DEPTH} levels deep; a request may nest arrays and objects at most ${MAX_JSON_DEPTH} levels deep`;
      }
      frames.push(frameOf(child, key));
    }
  }
  return undefined;
}

/**
 * A path in a request as messages write it, e.g. `body.points[0].labels.region`; keys that are not
 * short identifiers are quoted (bounded), and a long path is cut after a few segments.
 *
 * @internal
 */
export function formatPath(root: string, segments: readonly Segment[]): string {
  const path = segments
    .slice(0, SHOWN_SEGMENTS)
    .reduce<string>(fieldPath, root);
  return segments.length > SHOWN_SEGMENTS ? `${path}…` : path;
}
