import { countCharacters } from '../core/characters';
import { describeValue } from '../core/describeValue';
import { FEEDBACK_TEXT_MAX, RECORDED_FEEDBACK_SOURCES } from './feedbackModel';

const REF_LISTS = {
  personaRefs: 'Persona refs such as persona:default/feature-engineer',
  orgRefs: 'Group refs such as group:default/payments-org',
} as const;

/**
 * The problems of feedback evidence as an owner sent it, each naming the field, the value and what
 * is allowed. Either `commentId` alone (a survey comment) or a recorded note (`source`, `text`, and
 * optionally `personaRefs`, `orgRefs`, `personRef`). Whether the refs exist is for the caller to
 * check against the catalog.
 *
 * @public
 */
export function feedbackEvidenceInputProblems(input: unknown): string[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [
      'send an object: { "commentId": "…" } to link a survey comment, or { "source": "office-hours", "text": "…" } to record feedback',
    ];
  }
  const body = input as Record<string, unknown>;
  if (body.commentId !== undefined) {
    const others = Object.keys(body).filter(key => key !== 'commentId');
    const problems: string[] = [];
    if (typeof body.commentId !== 'string' || body.commentId.trim() === '') {
      problems.push(
        `commentId must be the id of one of the platform's survey comments — got ${describeValue(
          body.commentId,
        )}`,
      );
    }
    if (others.length > 0) {
      problems.push(
        `a linked survey comment carries its own text and segments; leave out ${others.join(
          ', ',
        )}`,
      );
    }
    return problems;
  }
  const problems: string[] = [];
  if (!RECORDED_FEEDBACK_SOURCES.includes(body.source as any)) {
    problems.push(
      `source must be one of ${RECORDED_FEEDBACK_SOURCES.join(
        ', ',
      )} — got ${describeValue(
        body.source,
      )}; to link a survey comment send its commentId instead`,
    );
  }
  if (typeof body.text !== 'string' || body.text.trim() === '') {
    problems.push('text must not be empty; write down what was said');
  } else if (countCharacters(body.text) > FEEDBACK_TEXT_MAX) {
    problems.push(
      `text must be at most ${FEEDBACK_TEXT_MAX} characters — got ${countCharacters(
        body.text,
      )}; shorten it`,
    );
  }
  for (const [field, example] of Object.entries(REF_LISTS)) {
    const value = body[field];
    if (
      value !== undefined &&
      (!Array.isArray(value) ||
        value.some(ref => typeof ref !== 'string' || ref.trim() === ''))
    ) {
      problems.push(`${field} must be a list of ${example}`);
    }
  }
  if (
    body.personRef !== undefined &&
    body.personRef !== null &&
    (typeof body.personRef !== 'string' || body.personRef.trim() === '')
  ) {
    problems.push(
      `personRef must be a User ref such as user:default/jane-doe, or null to leave the person unnamed — got ${describeValue(
        body.personRef,
      )}`,
    );
  }
  return problems;
}
