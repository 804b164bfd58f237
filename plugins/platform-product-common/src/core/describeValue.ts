import { countCharacters } from './characters';

/**
 * How many characters of a text {@link describeValue} quotes before it cuts the text short.
 *
 * @public
 */
export const DESCRIBED_TEXT_MAX = 60;

/**
 * A value as an error message may show it, bounded whatever was sent: a text quoted (as JSON, so
 * control characters are escaped) and cut after {@link DESCRIBED_TEXT_MAX} characters with its
 * length, e.g. `"aaaa…" (1048576 characters)`; a number, boolean or `null` as written; `an array`
 * or `an object` otherwise, never their contents (a deeply nested value cannot be stringified
 * without recursion).
 *
 * @param value - the value a request or a file holds
 * @param maxCharacters - the characters of a text to quote
 * @public
 */
export function describeValue(
  value: unknown,
  maxCharacters = DESCRIBED_TEXT_MAX,
): string {
  if (typeof value === 'string') {
    const prefix = firstCharacters(value, maxCharacters);
    return prefix.length === value.length
      ? JSON.stringify(value)
      : `${JSON.stringify(`${prefix}…`)} (${countCharacters(
          value,
        )} characters)`;
  }
  if (
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'bigint'
  ) {
    return String(value);
  }
  if (value === null) {
    return 'null';
  }
  if (value === undefined) {
    return 'nothing';
  }
  if (Array.isArray(value)) {
    return 'an array';
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? 'an invalid date'
      : value.toISOString();
  }
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The first `max` characters (code points) of a text, never half a surrogate pair. */
function firstCharacters(text: string, max: number): string {
  let end = 0;
  for (let n = 0; n < max && end < text.length; n++) {
    const code = text.charCodeAt(end);
    end +=
      code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text, end + 1) ? 2 : 1;
  }
  return text.slice(0, end);
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

const IDENTIFIER = /^[A-Za-z_$][\w$-]{0,39}$/;

/**
 * The path of a field inside `parent` as messages write it: `points[3]`, `labels.region`, and a
 * key that is not a short identifier quoted and bounded, `labels["a b"]`.
 *
 * @param parent - the path of the object or array, e.g. `body.points`
 * @param key - the key or index inside it
 * @public
 */
export function fieldPath(parent: string, key: string | number): string {
  if (typeof key === 'number') {
    return `${parent}[${key}]`;
  }
  return IDENTIFIER.test(key)
    ? `${parent}.${key}`
    : `${parent}[${describeValue(key, 40)}]`;
}
