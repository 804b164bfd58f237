import { toCsv } from '../core/csv';
import { npsCategory } from './nps';
import type { SurveyComment } from './types';

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
  return toCsv([header, ...rows]);
}
