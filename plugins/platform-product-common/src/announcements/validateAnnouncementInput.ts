import { countCharacters } from '../core/characters';
import { describeValue } from '../core/describeValue';
import { ISO_DATE_TIME_EXAMPLE, parseIsoDateTime } from '../core/isoDateTime';
import { findUnsafeMarkdown } from './findUnsafeMarkdown';
import { ANNOUNCEMENT_KINDS, AnnouncementInput } from './types';

/**
 * The longest announcement body accepted, in characters.
 *
 * @public
 */
export const ANNOUNCEMENT_BODY_MAX = 20_000;

/**
 * The longest announcement title accepted, in characters.
 *
 * @public
 */
export const ANNOUNCEMENT_TITLE_MAX = 200;

function parseTime(
  field: string,
  value: unknown,
  problems: string[],
): number | undefined {
  if (value === undefined) return undefined;
  const ms = typeof value === 'string' ? parseIsoDateTime(value) : undefined;
  if (ms === undefined) {
    problems.push(
      `${field}: ${describeValue(
        value,
      )} is not a real time; write ISO 8601 with a zone, e.g. ${ISO_DATE_TIME_EXAMPLE}`,
    );
  }
  return ms;
}

/**
 * What is wrong with an announcement as a request sends it, one message per problem naming the
 * field and the fix; empty when it is valid.
 *
 * @public
 */
export function validateAnnouncementInput(input: AnnouncementInput): string[] {
  const problems: string[] = [];
  if (!(ANNOUNCEMENT_KINDS as readonly string[]).includes(input.kind)) {
    problems.push(
      `kind: ${describeValue(
        input.kind,
      )} is not an announcement kind; use one of ${ANNOUNCEMENT_KINDS.map(
        k => `'${k}'`,
      ).join(', ')}`,
    );
  }
  if (typeof input.title !== 'string' || input.title.trim() === '') {
    problems.push('title: is required');
  } else if (countCharacters(input.title) > ANNOUNCEMENT_TITLE_MAX) {
    problems.push(
      `title: is ${countCharacters(
        input.title,
      )} characters long; at most ${ANNOUNCEMENT_TITLE_MAX} are allowed`,
    );
  }
  if (typeof input.body !== 'string' || input.body.trim() === '') {
    problems.push('body: is required (Markdown)');
  } else if (countCharacters(input.body) > ANNOUNCEMENT_BODY_MAX) {
    problems.push(
      `body: is ${countCharacters(
        input.body,
      )} characters long; at most ${ANNOUNCEMENT_BODY_MAX} are allowed`,
    );
  } else {
    const unsafe = findUnsafeMarkdown(input.body);
    if (unsafe) {
      problems.push(
        `body contains ${unsafe.what} at line ${unsafe.line}; announcements are Markdown without HTML scripts`,
      );
    }
  }
  const startsAt = parseTime('startsAt', input.startsAt, problems);
  const endsAt = parseTime('endsAt', input.endsAt, problems);
  if (endsAt !== undefined && input.startsAt === undefined) {
    problems.push('endsAt: needs a startsAt; give the window a start');
  }
  if (startsAt !== undefined && endsAt !== undefined && endsAt <= startsAt) {
    problems.push(
      `endsAt: ${input.endsAt} is not after startsAt ${input.startsAt}; a window ends after it starts`,
    );
  }
  return problems;
}
