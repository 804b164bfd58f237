import type { NpsResult } from './nps';

/**
 * How often rounds open by themselves when a platform declares `spec.platform.surveyCadence`.
 *
 * @public
 */
export const SURVEY_CADENCES = ['monthly', 'quarterly', 'half-yearly'] as const;

/** @public */
export type SurveyCadence = (typeof SURVEY_CADENCES)[number];

/**
 * How many days a round opened by the cadence stays open, unless `spec.platform.surveyDurationDays`
 * says otherwise.
 *
 * @public
 */
export const DEFAULT_SURVEY_DURATION_DAYS = 14;

/**
 * The longest free-text answer accepted, in characters.
 *
 * @public
 */
export const SURVEY_COMMENT_MAX_LENGTH = 2000;

/**
 * The fewest answers a persona or org segment of a round needs before its counts are shown to
 * callers who may not read the platform's feedback (everyone but its owners, by the default
 * policy). Below it, the segment is listed as too few to show, without n, NPS or counts: with one or
 * two respondents in an org, its score is their score.
 *
 * @public
 */
export const SURVEY_MIN_SEGMENT_RESPONSES = 5;

/**
 * The longest round title and extra question accepted, in characters.
 *
 * @public
 */
export const SURVEY_TEXT_MAX_LENGTH = 200;

/**
 * One NPS survey round of a platform, as the API returns it.
 *
 * @public
 */
export interface SurveyRound {
  id: string;
  platformRef: string;
  title: string;
  /** The optional extra free-text question, e.g. "What is the biggest pain point?". */
  question: string | null;
  /** ISO 8601 */
  startsAt: string;
  /** ISO 8601: when the round closes by itself. */
  endsAt: string;
  /** ISO 8601, or null while the round is open. */
  closedAt: string | null;
  createdBy: string;
  createdAt: string;
  origin: 'manual' | 'cadence';
}

/**
 * NPS among one segment of the respondents (a persona, an org).
 *
 * @public
 */
export interface SurveySegmentResult extends NpsResult {
  /** The persona or org group ref. */
  ref: string;
  title?: string;
  /** Always false here: the counts are shown. */
  tooFewToShow?: false;
}

/**
 * A segment that fewer than {@link SURVEY_MIN_SEGMENT_RESPONSES} people answered, as callers who
 * may not read the platform's feedback see it: which segment it is, and no counts, so that nobody
 * learns how the one or few people of a persona or org answered.
 *
 * @public
 */
export interface SurveySegmentTooFewToShow {
  /** The persona or org group ref. */
  ref: string;
  title?: string;
  tooFewToShow: true;
}

/**
 * One segment of a round's respondents: its NPS, or, for callers who may not read feedback, only
 * that it had too few answers to show.
 *
 * @public
 */
export type SurveySegment = SurveySegmentResult | SurveySegmentTooFewToShow;

/**
 * The aggregate results of one round: never who answered what.
 *
 * @public
 */
export interface SurveyRoundResult extends NpsResult {
  /** Fewer than 10 answers: shown, but too few to read. */
  tooFewToRead: boolean;
  /** How many answered each score, index 0 to 10. */
  distribution: number[];
  /** Responses / people in the platform's adopting teams. */
  responseRate: {
    responses: number;
    people: number;
    ratio: number | null;
  };
  /**
   * NPS by persona; a segment of fewer than {@link SURVEY_MIN_SEGMENT_RESPONSES} answers is
   * {@link SurveySegmentTooFewToShow} for callers who may not read feedback.
   */
  byPersona: SurveySegment[];
  /** NPS by org, as {@link SurveyRoundResult.byPersona}. */
  byOrg: SurveySegment[];
}

/**
 * A round with its results; `result` is null for an open round the caller may not read yet.
 *
 * @public
 */
export interface SurveyRoundWithResult {
  round: SurveyRound;
  result: SurveyRoundResult | null;
}

/**
 * A platform's survey results, newest round first, with the NPS trend across closed rounds.
 *
 * @public
 */
export interface SurveyResults {
  platformRef: string;
  /** Whether the caller may read open rounds' results and the comments. */
  canReadFeedback: boolean;
  rounds: SurveyRoundWithResult[];
  /** Closed rounds, oldest first. */
  trend: Array<{
    roundId: string;
    title: string;
    closedAt: string;
    nps: number | null;
    n: number;
    marginOfError95: number | null;
  }>;
}

/**
 * A free-text answer as the platform's owners read it: team and persona, the person only when
 * the respondent signed it.
 *
 * @public
 */
export interface SurveyComment {
  /**
   * Names the comment without naming the respondent: what an owner sends to link it to a roadmap
   * item as evidence.
   */
  commentId: string;
  score: number;
  comment: string;
  teamRefs: string[];
  personaRefs: string[];
  /** The respondent's user ref, only when they chose to sign the answer. */
  signedBy: string | null;
  /** ISO 8601: when the answer was last changed. */
  answeredAt: string;
}

/** @public */
export interface SurveyComments {
  roundId: string;
  items: SurveyComment[];
}

/**
 * The round the signed-in user should be asked about now, if any.
 *
 * @public
 */
export interface SurveyPrompt {
  roundId: string;
  platformRef: string;
  platformTitle: string;
  title: string;
  question: string | null;
  endsAt: string;
}

/**
 * What the user answers.
 *
 * @public
 */
export interface SurveyAnswerInput {
  score: number;
  comment?: string;
  signed?: boolean;
}

/**
 * What an owner sends to open a round.
 *
 * @public
 */
export interface SurveyRoundInput {
  title?: string;
  question?: string;
  /** ISO 8601; may be in the past. */
  startsAt: string;
  /** ISO 8601; after `startsAt` and in the future. */
  endsAt: string;
}
