import type {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import type { NotificationPayload } from '@backstage/plugin-notifications-common';
import type {
  GroupPlatformPicture,
  DeprecationDebt,
  Objective,
  PlatformAdoption,
  PortfolioNps,
  PortfolioSnapshot,
  ScorecardKpiId,
  EntityAnnouncements,
  EntityDeprecations,
  EntityPlatforms,
  EntityRoadmap,
  FeedbackEvidenceSummary,
  GroupKeyResult,
  PlatformConsumer,
  PlatformSpec,
  Scorecard,
  SloStatus,
  SurveyPrompt,
} from '@platform-product/backstage-plugin-platform-product-common';
import type { ResolvedPlatform } from './core/catalog';

/**
 * How far a key result's measured value moved since a moment (an item shipped, say).
 *
 * @internal
 */
export interface KeyResultMovement {
  keyResultId: string;
  title: string;
  since: string;
  /** The measured value at `since` (the last point at or before it), or null without data. */
  valueAtSince: number | null;
  /** The latest measured value, or null without data. */
  valueNow: number | null;
  /** When the latest point was measured, or null without data. */
  lastPointAt: string | null;
}

/**
 * What the roadmap needs from objectives and key results: whether an item may link to a key
 * result, and how that key result moved after the item shipped. Implemented by the objectives
 * service; the roadmap service receives it, so neither feature reaches into the other's tables.
 *
 * @internal
 */
export interface KeyResultLookup {
  /** The key result with this id among the platform's objectives, or undefined. */
  find(
    platformRef: string,
    keyResultId: string,
  ): Promise<{ id: string; objectiveId: string; title: string } | undefined>;
  /** How the key result's measured value moved since the given moment. */
  movementSince(
    platformRef: string,
    keyResultId: string,
    since: Date,
  ): Promise<KeyResultMovement>;
}

/**
 * Tells the people who care about a platform: its followers and the owners of the entities that
 * consume it (each recipient once). Implemented with the announcements and follows; the roadmap
 * uses it when an item moves to Now or ships.
 *
 * @internal
 */
export interface PlatformAudience {
  notify(platformRef: string, payload: NotificationPayload): Promise<void>;
}

/**
 * The "Now" roadmap lines an entity's card shows: the Now items of the platforms it relies on that
 * concern the personas of its owners. Implemented by the roadmap feature.
 *
 * @internal
 */
export interface EntityRoadmapSource {
  nowFor(
    entityRef: string,
    platforms: ReadonlyArray<{ platformRef: string; title: string }>,
  ): Promise<Omit<EntityRoadmap, 'entityRef'>>;
}

/**
 * The announcements of some platforms that are relevant now, each with its platform's title.
 * Implemented by the announcements feature.
 *
 * @internal
 */
export interface EntityAnnouncementSource {
  relevantFor(
    platforms: ReadonlyArray<{ platformRef: string; title: string }>,
  ): Promise<EntityAnnouncements['items']>;
}

/**
 * The survey round a signed-in user is asked to answer now, if any (recorded as shown).
 * Implemented by the surveys feature.
 *
 * @internal
 */
export interface SurveyPromptSource {
  getPrompt(
    credentials: BackstageCredentials<BackstageUserPrincipal>,
  ): Promise<SurveyPrompt | null>;
}

/**
 * The deprecations an entity consumes, with its own exception state. Implemented by the
 * deprecations feature.
 *
 * @internal
 */
export interface EntityDeprecationSource {
  forEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<EntityDeprecations>;
}

/**
 * The current consumers of a deprecated entity, from the catalog graph as the deprecations feature
 * finds them (read with the plugin's own credentials). Implemented by the deprecations feature;
 * read by key results bound to `deprecation-consumers`.
 *
 * @internal
 */
export interface DeprecationConsumerSource {
  /**
   * The consumers of the entity with this lower-case ref, or undefined when it is not in the
   * catalog or has no valid `spec.deprecation`.
   */
  consumersOf(
    deprecationRef: string,
  ): Promise<readonly PlatformConsumer[] | undefined>;
}

/**
 * The key results scoped to some groups, on the platforms the caller can see, for a group's page.
 * Implemented by the objectives feature.
 *
 * @internal
 */
export interface GroupKeyResultSource {
  /**
   * The key results whose scope is exactly one of `groupRefs` (no walk of the hierarchy: pass the
   * group and its ancestors to show a team the key results of its orgs too), each with its
   * progress now, on the platforms `credentials` may see in the catalog.
   */
  keyResultsScopedTo(
    groupRefs: ReadonlySet<string> | readonly string[],
    credentials: BackstageCredentials,
  ): Promise<GroupKeyResult[]>;
}

/**
 * The consumers owned by some groups that sit on deprecated entities the caller can see, with
 * days to sunset and exception state. Implemented by the deprecations feature; read by a group's
 * page.
 *
 * @internal
 */
export interface GroupDeprecationSource {
  consumedByOwners(
    ownerRefs: ReadonlySet<string>,
    credentials: BackstageCredentials,
  ): Promise<GroupPlatformPicture['deprecatedDependencies']>;
}

/**
 * A survey round open now.
 *
 * @internal
 */
export interface OpenSurveyRound {
  roundId: string;
  platformRef: string;
  title: string;
  /** ISO 8601 */
  closesAt: string;
}

/**
 * The survey rounds open now. Implemented by the surveys feature; read by a group's page.
 *
 * @internal
 */
export interface OpenSurveyRoundSource {
  openRounds(): Promise<OpenSurveyRound[]>;
}

/**
 * The live status of a platform's SLOs (cached briefly). Implemented by the slos feature; read by
 * the entity card, the platforms list and key results bound to SLO attainment.
 *
 * @internal
 */
export interface SloStatusSource {
  getStatuses(platformRef: string, spec: PlatformSpec): Promise<SloStatus[]>;
}

/**
 * A platform's scorecard. Implemented by the scorecards feature; read by key results bound to a
 * scorecard KPI (NPS).
 *
 * @internal
 */
export interface ScorecardSource {
  getScorecard(
    platform: ResolvedPlatform,
    range: { fromDay: string; toDay: string },
  ): Promise<Scorecard>;
}

/**
 * A platform's NPS as the scorecard reads it: the latest closed survey round's, and one point per
 * closed round on the day it closed. The surveys feature computes it; the scorecard shows it.
 *
 * @internal
 */
export interface SurveyNps {
  value: number | null;
  history: Array<{ day: string; value: number | null }>;
  /** The latest closed round's NPS with its responses and margin, or `null` before the first. */
  latest: PortfolioNps | null;
}

/**
 * The figures of a platform that the portfolio records each day, each computed by the feature
 * that owns it (the SLOs, the scorecard, the surveys, the deprecations, the objectives and the
 * roadmap); assembled in `wiring.ts`.
 *
 * @internal
 */
export interface PortfolioFactSource {
  sloStatuses(platform: ResolvedPlatform): Promise<SloStatus[]>;
  kpiValues(
    platform: ResolvedPlatform,
    adoption: PlatformAdoption,
  ): Promise<Partial<Record<ScorecardKpiId, number | null>>>;
  /** The NPS of the platform's closed survey rounds. */
  surveyNps(platformRef: string): Promise<SurveyNps>;
  deprecationDebt(platformRef: string): Promise<DeprecationDebt>;
  objectives(platform: ResolvedPlatform): Promise<Objective[]>;
  investment(
    platform: ResolvedPlatform,
  ): Promise<PortfolioSnapshot['investment']>;
}

/**
 * The platforms an entity relies on, as the caller sees them. Implemented by the entity card
 * feature; read by the entity announcements route.
 *
 * @internal
 */
export interface EntityPlatformsSource {
  getEntityPlatforms(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<EntityPlatforms>;
}

/**
 * Takes today's adoption and scorecard snapshot of a platform now. Implemented by the scorecards
 * feature's snapshots; the owners' adoption refresh calls it.
 *
 * @internal
 */
export interface SnapshotRefresher {
  refresh(platform: ResolvedPlatform): Promise<void>;
}

/**
 * A survey answer with a comment as the feedback feature reads it to link it to a roadmap item:
 * the respondent is there to be told when the item ships, and is shown only when they signed.
 *
 * @internal
 */
export interface LinkableSurveyComment {
  commentId: string;
  platformRef: string;
  roundTitle: string;
  score: number;
  /** Null when the respondent has since removed their comment. */
  comment: string | null;
  personaRefs: string[];
  orgRefs: string[];
  signed: boolean;
  userRef: string;
}

/**
 * What the feedback feature needs from surveys: their comments by id, and who may read a platform's
 * feedback (the surveys feature decides it once). Implemented by the surveys feature.
 *
 * @internal
 */
export interface SurveyCommentSource {
  commentsByIds(ids: readonly string[]): Promise<LinkableSurveyComment[]>;
  /** Whether the caller may read the platform's feedback (a signed-in owner, by default). */
  canReadFeedback(
    platformRef: string,
    credentials: BackstageCredentials,
  ): Promise<boolean>;
  /** Throws a 403 that says who may, unless the caller may read the platform's feedback. */
  authorizeFeedback(
    platformRef: string,
    credentials: BackstageCredentials,
    action: string,
  ): Promise<void>;
}

/**
 * A roadmap item as the feedback feature sees it. Implemented by the roadmap feature.
 *
 * @internal
 */
export interface RoadmapItemLookup {
  find(
    platformRef: string,
    itemId: string,
  ): Promise<{ id: string; title: string; status: string } | undefined>;
}

/**
 * A roadmap item that shipped, as its backers are told about it.
 *
 * @internal
 */
export interface ShippedItem {
  id: string;
  platformRef: string;
  title: string;
  problem: string;
  /** Where the item is shown, for the notification. */
  link: string;
}

/**
 * What the roadmap needs from the feedback that backs its items: each item's summary, and telling
 * the backers of an item that shipped. Implemented by the feedback feature.
 *
 * @internal
 */
export interface RoadmapEvidenceSource {
  /** The summary of each of these items' evidence (items without any are left out). */
  summariesOf(
    itemIds: readonly string[],
  ): Promise<Map<string, FeedbackEvidenceSummary>>;
  /** Tells each person whose feedback backs the item that it shipped, once per person and item. */
  itemShipped(item: ShippedItem, platformTitle: string): Promise<void>;
}
