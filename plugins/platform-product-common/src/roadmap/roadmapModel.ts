import type { FeedbackEvidenceSummary } from '../feedback/feedbackModel';

/**
 * The columns of a roadmap board, in order: what a platform team works on now, what comes next, and
 * what it intends later. Never dates: the further right, the less certain.
 *
 * @public
 */
export const ROADMAP_HORIZONS = ['now', 'next', 'later'] as const;

/** @public */
export type RoadmapHorizon = (typeof ROADMAP_HORIZONS)[number];

/**
 * Where a roadmap item stands.
 *
 * @public
 */
export const ROADMAP_STATUSES = [
  'exploring',
  'committed',
  'shipped',
  'dropped',
] as const;

/** @public */
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];

/**
 * How sure the team is that the item solves the problem it names.
 *
 * @public
 */
export const ROADMAP_CONFIDENCES = ['low', 'medium', 'high'] as const;

/** @public */
export type RoadmapConfidence = (typeof ROADMAP_CONFIDENCES)[number];

/**
 * What kind of investment an item is; the investment mix is declared and measured per category.
 *
 * @public
 */
export const ROADMAP_CATEGORIES = [
  'new-capability',
  'reliability',
  'cost',
  'developer-experience',
  'unplanned',
] as const;

/** @public */
export type RoadmapCategory = (typeof ROADMAP_CATEGORIES)[number];

/**
 * Whether a shipped item's hypothesis held, as its owners judged in the outcome review.
 *
 * @public
 */
export const ROADMAP_OUTCOMES = ['held', 'partly', 'did-not-hold'] as const;

/** @public */
export type RoadmapOutcome = (typeof ROADMAP_OUTCOMES)[number];

/**
 * The annotation on a platform entity that names its roadmap file, relative to the entity's own
 * catalog file (`backstage.io/managed-by-location`).
 *
 * @public
 */
export const ROADMAP_ANNOTATION = 'platform-product.dev/roadmap';

/**
 * The editable content of a roadmap item (what the edit form and the YAML file carry).
 *
 * @public
 */
export interface RoadmapItemFields {
  title: string;
  /** The problem the item solves, in the users' words. */
  problem: string;
  /** "We believe … will …, measured by …". */
  hypothesis: string;
  confidence: RoadmapConfidence;
  status: RoadmapStatus;
  /** Persona entity refs, lower case. */
  personas: string[];
  category: RoadmapCategory;
  /** The key result the item serves, or null. */
  keyResultId: string | null;
}

/**
 * A key result an item links to, as the objectives feature knows it; `found: false` when the id is
 * not (or no longer) a key result of the platform.
 *
 * @public
 */
export interface RoadmapKeyResultLink {
  id: string;
  found: boolean;
  objectiveId?: string;
  title?: string;
}

/**
 * How a key result's measured value moved since an item shipped.
 *
 * @public
 */
export interface RoadmapKeyResultMovement {
  keyResultId: string;
  title: string;
  since: string;
  valueAtSince: number | null;
  valueNow: number | null;
  lastPointAt: string | null;
}

/**
 * The outcome review of a shipped item: when it is due and, once recorded, whether the hypothesis
 * held.
 *
 * @public
 */
export interface RoadmapOutcomeReview {
  dueAt: string;
  /** Whether the review is due (the due date has passed) and not yet recorded. */
  overdue: boolean;
  outcome: RoadmapOutcome | null;
  notes: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  /** The linked key result's movement since the item shipped, when it links one. */
  movement: RoadmapKeyResultMovement | null;
}

/**
 * One roadmap item as the API returns it.
 *
 * @public
 */
export interface RoadmapItem extends RoadmapItemFields {
  id: string;
  platformRef: string;
  horizon: RoadmapHorizon;
  /** Orders the items of a horizon: compare as plain strings (code-unit order). */
  rank: string;
  /** `file` items are declared in the platform's roadmap file and read-only in the portal. */
  source: 'ui' | 'file';
  /** The stable id of a file item in its file, or null for portal items. */
  fileId: string | null;
  /** Increases with every change; every write sends the version it read. */
  version: number;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  shippedAt: string | null;
  keyResult: RoadmapKeyResultLink | null;
  review: RoadmapOutcomeReview | null;
  /** How much feedback backs the item, and from which personas and orgs (never from whom). */
  evidence: FeedbackEvidenceSummary;
}

/**
 * A platform's investment mix: percentage per category, summing to 100.
 *
 * @public
 */
export type InvestmentMix = Partial<Record<RoadmapCategory, number>>;

/**
 * Intended against actual investment for one category.
 *
 * @public
 */
export interface InvestmentMixRow {
  category: RoadmapCategory;
  /** The declared percentage, or 0 when the category is not declared. */
  intended: number;
  /** The percentage of Now items in the category (0 with no Now items). */
  actual: number;
  /** How many Now items are in the category. */
  nowItems: number;
}

/**
 * The outcome of the last import of a platform's roadmap file.
 *
 * @public
 */
export interface RoadmapImportStatus {
  /** The file, as resolved from the annotation. */
  location: string;
  status: 'ok' | 'failed';
  at: string;
  /** What was wrong, when the import failed; nothing was imported then. */
  error: string | null;
  /** Problems that did not stop the import, such as a key result that does not exist yet. */
  warnings: string[];
}

/**
 * A platform's roadmap board.
 *
 * @public
 */
export interface RoadmapBoard {
  platformRef: string;
  title: string;
  /** The annotation value, when the platform keeps (part of) its roadmap in a file. */
  file: string | null;
  horizons: Record<RoadmapHorizon, RoadmapItem[]>;
  /** Dropped items, newest change first. */
  dropped: RoadmapItem[];
  investmentMix: {
    intended: InvestmentMix | null;
    source: 'ui' | 'file' | null;
    rows: InvestmentMixRow[];
  };
  import: RoadmapImportStatus | null;
}

/**
 * One change of a roadmap item.
 *
 * @public
 */
export interface RoadmapHistoryEntry {
  id: number;
  itemId: string;
  action:
    | 'create'
    | 'edit'
    | 'move'
    | 'reorder'
    | 'status'
    | 'drop'
    | 'import'
    | 'remove'
    | 'review';
  field: string | null;
  from: unknown;
  to: unknown;
  actor: string;
  at: string;
}

/**
 * The history of a roadmap item, oldest change first.
 *
 * @public
 */
export interface RoadmapItemHistory {
  itemId: string;
  entries: RoadmapHistoryEntry[];
}

/**
 * The roadmap across every platform the caller can see, filtered: items by horizon, then platform,
 * then rank.
 *
 * @public
 */
export interface CrossPlatformRoadmap {
  items: RoadmapItem[];
  /** The display name of each platform the caller can see, by platform ref. */
  platformTitles: Record<string, string>;
}

/**
 * For one entity: each relied-on platform's Now items that affect the personas of the entity's
 * owning team.
 *
 * @public
 */
export interface EntityRoadmap {
  entityRef: string;
  /** The personas that describe the entity's owners. */
  personas: string[];
  platforms: Array<{
    platformRef: string;
    title: string;
    items: Array<Pick<RoadmapItem, 'id' | 'title' | 'status' | 'personas'>>;
  }>;
}
