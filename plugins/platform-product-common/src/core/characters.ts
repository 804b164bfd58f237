/**
 * The length of a text in characters (Unicode code points), as a person counts them: an emoji is
 * one character, not the two UTF-16 units `text.length` counts. Every text limit of the suite is in
 * these characters.
 *
 * @public
 */
export function countCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
      }
    }
    count++;
  }
  return count;
}

/**
 * A character no text of the suite may hold, and where.
 *
 * @public
 */
export interface ForbiddenCharacter {
  /** `control`: a C0 control character other than tab, line feed and carriage return (PostgreSQL
   * refuses U+0000 in text, and the others are invisible); `surrogate`: half of a surrogate pair,
   * which is no character at all. */
  kind: 'control' | 'surrogate';
  /** The UTF-16 code unit, e.g. 0 for U+0000. */
  code: number;
  /** 1-based position in characters (code points). */
  position: number;
}

/**
 * The first character of a text that no text field accepts: a C0 control character (U+0000 to
 * U+001F) other than tab, line feed and carriage return, or an unpaired surrogate. `undefined` when
 * the text has none.
 *
 * @public
 */
export function findForbiddenCharacter(
  text: string,
): ForbiddenCharacter | undefined {
  let position = 0;
  for (let i = 0; i < text.length; i++) {
    position++;
    const code = text.charCodeAt(i);
    if (code < 0x20) {
      if (code !== 0x09 && code !== 0x0a && code !== 0x0d) {
        return { kind: 'control', code, position };
      }
    } else if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) {
        return { kind: 'surrogate', code, position };
      }
      i++;
    }
  }
  return undefined;
}

/**
 * What is wrong with a text that holds a {@link ForbiddenCharacter}, as a message that names the
 * field: `body.comment contains a control character (U+0000) at position 12; remove it`.
 * `undefined` when the text has none.
 *
 * @param field - where the text is, e.g. `body.comment`
 * @param text - the text
 * @public
 */
export function forbiddenCharacterProblem(
  field: string,
  text: string,
): string | undefined {
  const found = findForbiddenCharacter(text);
  if (!found) {
    return undefined;
  }
  const code = `U+${found.code.toString(16).toUpperCase().padStart(4, '0')}`;
  return found.kind === 'control'
    ? `${field} contains a control character (${code}) at position ${found.position}; remove it`
    : `${field} contains half of a surrogate pair (${code}) at position ${found.position}; send well-formed Unicode text`;
}
