import { npsCategory } from './nps';
import type { SurveyComment } from './types';

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: a cell a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) is prefixed with `'`; a cell with a comma, quote or line break is quoted, its
 * quotes doubled (RFC 4180).
 *
 * @public
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (FORMULA_START.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The free-text answers of a round as CSV (header first, CRLF line ends): round, time, score,
 * category, teams, personas, signer (empty unless signed) and comment.
 *
 * @public
 */
export function surveyCommentsCsv(options: {
  roundTitle: string;
  comments: readonly SurveyComment[];
}): string {
  const header = [
    'round',
    'answered_at',
    'score',
    'category',
    'teams',
    'personas',
    'signed_by',
    'comment',
  ];
  const rows = options.comments.map(comment => [
    options.roundTitle,
    comment.answeredAt,
    comment.score,
    npsCategory(comment.score),
    comment.teamRefs.join(' '),
    comment.personaRefs.join(' '),
    comment.signedBy,
    comment.comment,
  ]);
  return `${[header, ...rows]
    .map(row => row.map(cell => csvCell(cell)).join(','))
    .join('\r\n')}\r\n`;
}
