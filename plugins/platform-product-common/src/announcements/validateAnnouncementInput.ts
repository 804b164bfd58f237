import { findUnsafeMarkdown } from './findUnsafeMarkdown';
import { ANNOUNCEMENT_KINDS, AnnouncementInput } from './types';

/**
 * The longest announcement body accepted, in characters.
 *
 * @public
 */
export const ANNOUNCEMENT_BODY_MAX = 20_000;

const ISO_TIMESTAMP =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function parseTime(
  field: string,
  value: unknown,
  problems: string[],
): number | undefined {
  if (value === undefined) return undefined;
  const ms =
    typeof value === 'string' && ISO_TIMESTAMP.test(value)
      ? Date.parse(value)
      : NaN;
  if (Number.isNaN(ms)) {
    problems.push(
      `${field}: ${JSON.stringify(
        value,
      )} is not a time; write ISO 8601 with a zone, e.g. 2026-12-01T09:00:00Z`,
    );
    return undefined;
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
      `kind: ${JSON.stringify(
        input.kind,
      )} is not an announcement kind; use one of ${ANNOUNCEMENT_KINDS.map(
        k => `'${k}'`,
      ).join(', ')}`,
    );
  }
  if (typeof input.title !== 'string' || input.title.trim() === '') {
    problems.push('title: is required');
  } else if (input.title.length > 200) {
    problems.push(
      `title: is ${input.title.length} characters long; at most 200 are allowed`,
    );
  }
  if (typeof input.body !== 'string' || input.body.trim() === '') {
    problems.push('body: is required (Markdown)');
  } else if (input.body.length > ANNOUNCEMENT_BODY_MAX) {
    problems.push(
      `body: is ${input.body.length} characters long; at most ${ANNOUNCEMENT_BODY_MAX} are allowed`,
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
