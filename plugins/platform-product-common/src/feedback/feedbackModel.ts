/**
 * Where a piece of feedback came from: a survey comment, or a note an owner recorded from another
 * conversation.
 *
 * @public
 */
export const FEEDBACK_SOURCES = [
  'survey',
  'office-hours',
  'interview',
  'support',
  'other',
] as const;

/** @public */
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];

/**
 * The sources an owner may record feedback from by hand (survey comments are linked, not typed).
 *
 * @public
 */
export const RECORDED_FEEDBACK_SOURCES = FEEDBACK_SOURCES.filter(
  (source): source is Exclude<FeedbackSource, 'survey'> => source !== 'survey',
);

/** @public */
export type RecordedFeedbackSource = Exclude<FeedbackSource, 'survey'>;

/**
 * The longest recorded feedback note, in characters (as a survey comment).
 *
 * @public
 */
export const FEEDBACK_TEXT_MAX = 2000;

/**
 * How much feedback backs a roadmap item, and from which personas and orgs: never from whom.
 *
 * @public
 */
export interface FeedbackEvidenceSummary {
  /** Pieces of feedback linked to the item. */
  count: number;
  /** How many came from each source; sources without any are left out. */
  bySource: Partial<Record<FeedbackSource, number>>;
  /** The personas the feedback came from, most first (then by ref). */
  personas: Array<{ ref: string; count: number }>;
  /** The orgs the feedback came from, most first (then by ref). */
  orgs: Array<{ ref: string; count: number }>;
}

/**
 * One piece of feedback backing a roadmap item, as its platform's owners see it.
 *
 * @public
 */
export interface FeedbackEvidenceItem {
  id: string;
  source: FeedbackSource;
  /**
   * The words: the survey comment as it stands now, or the recorded note; null when the respondent
   * has since removed their comment.
   */
  text: string | null;
  /** The survey score (0–10), for a survey comment. */
  score: number | null;
  /** The round, for a survey comment. */
  roundTitle: string | null;
  personaRefs: string[];
  orgRefs: string[];
  /**
   * Who said it: the respondent when they signed their answer, or the person an owner named when
   * recording the note; null otherwise, and never revealed.
   */
  from: string | null;
  linkedBy: string;
  /** ISO 8601. */
  linkedAt: string;
}

/**
 * The feedback that backs a roadmap item: the summary for everyone who can see the platform, the
 * pieces themselves for those who may read its feedback (its owners).
 *
 * @public
 */
export interface RoadmapItemEvidence {
  platformRef: string;
  itemId: string;
  summary: FeedbackEvidenceSummary;
  /** Null when the caller may not read the platform's feedback. */
  items: FeedbackEvidenceItem[] | null;
}

/**
 * What an owner sends to back a roadmap item with feedback: a survey comment of the platform (by
 * the `commentId` the comments list gives), or a note they record.
 *
 * @public
 */
export type FeedbackEvidenceInput =
  | { commentId: string }
  | {
      source: RecordedFeedbackSource;
      text: string;
      personaRefs?: string[];
      orgRefs?: string[];
      /** The user who said it, to be told when the item ships; leave out to keep them unnamed. */
      personRef?: string | null;
    };
