import { InputError } from '@backstage/errors';
import {
  countCharacters,
  describeValue,
  isoDateTimeProblem,
  parseIsoDateTime,
  SURVEY_COMMENT_MAX_LENGTH,
  SURVEY_TEXT_MAX_LENGTH,
} from '@platform-product/backstage-plugin-platform-product-common';

const show = describeValue;

/**
 * The score of an answer, a whole number from 0 to 10.
 *
 * @throws InputError naming the value otherwise
 * @internal
 */
export function parseSurveyScore(value: unknown): number {
  if (value === undefined || value === null) {
    throw new InputError(
      'score is required; it must be an integer from 0 to 10',
    );
  }
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 0 ||
    value > 10
  ) {
    throw new InputError(
      `score must be an integer from 0 to 10 — got ${show(value)}`,
    );
  }
  return value;
}

/**
 * An optional free text, trimmed; empty text is no text.
 *
 * @throws InputError naming the limit when the text is longer
 * @internal
 */
export function parseOptionalText(
  field: string,
  value: string | undefined,
  maxLength: number,
): string | null {
  const text = value?.trim() ?? '';
  const length = countCharacters(text);
  if (length > maxLength) {
    throw new InputError(
      `${field} must be at most ${maxLength} characters — got ${length}; shorten it`,
    );
  }
  return text === '' ? null : text;
}

/**
 * An answer's comment: at most {@link SURVEY_COMMENT_MAX_LENGTH} characters, stored verbatim.
 *
 * @internal
 */
export const parseSurveyComment = (value: string | undefined) =>
  parseOptionalText('comment', value, SURVEY_COMMENT_MAX_LENGTH);

/**
 * A round's title or question: at most {@link SURVEY_TEXT_MAX_LENGTH} characters.
 *
 * @internal
 */
export const parseRoundText = (field: string, value: string | undefined) =>
  parseOptionalText(field, value, SURVEY_TEXT_MAX_LENGTH);

/**
 * A moment written as an ISO 8601 date-time with a time zone, e.g. `2026-12-01T00:00:00Z`.
 *
 * @throws InputError naming the field and the value otherwise
 * @internal
 */
export function parseIsoTime(field: string, value: string): number {
  const ms = parseIsoDateTime(value);
  if (ms === undefined) {
    throw new InputError(isoDateTimeProblem(field, value));
  }
  return ms;
}

/**
 * How many days a prompt is snoozed: a whole number from 1 to 90.
 *
 * @internal
 */
export function parseSnoozeDays(value: unknown): number {
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 1 ||
    value > 90
  ) {
    throw new InputError(
      `days must be a whole number of days from 1 to 90 — got ${show(value)}`,
    );
  }
  return value;
}
