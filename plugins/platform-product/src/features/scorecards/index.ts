/** Scorecards: a platform's balanced scorecard, each KPI against its target, with its history. */
export { scorecardsApiRef, ScorecardsClient } from './api';
export type { ScorecardsApi } from './api';
