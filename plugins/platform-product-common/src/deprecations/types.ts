import type {
  DeprecationExceptionState,
  DeprecationExceptionStatus,
  DeprecationPhase,
} from './deprecationRules';

/**
 * An exception to a deprecation: a consumer may keep using the deprecated entity until its end date.
 *
 * @public
 */
export interface DeprecationException {
  id: string;
  deprecationRef: string;
  consumerRef: string;
  /** The consumer's owners when the exception was requested. */
  consumerOwnerRefs: string[];
  reason: string;
  /** YYYY-MM-DD; the exception covers this day and ends after it. */
  requestedEnd: string;
  status: DeprecationExceptionStatus;
  /** The status as of today: `expired` once the end date has passed. */
  state: DeprecationExceptionState;
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  /** False when the consumer has since left the catalog; its history is kept. */
  consumerInCatalog: boolean;
}

/**
 * One entry of an exception's audit trail.
 *
 * @public
 */
export interface DeprecationExceptionAuditEntry {
  exceptionId: string;
  actor: string;
  at: string;
  action: 'requested' | 'approved' | 'denied';
  details: Record<string, unknown>;
}

/**
 * How many exceptions to one deprecation are in each state.
 *
 * @public
 */
export type DeprecationExceptionCounts = Record<
  DeprecationExceptionState,
  number
>;

/**
 * One day of a deprecation's burn-down.
 *
 * @public
 */
export interface DeprecationTrendPoint {
  /** YYYY-MM-DD, UTC */
  day: string;
  consumers: number;
  violations: number;
  /** Approved, unexpired exceptions that day. */
  activeExceptions: number;
}

/**
 * A deprecation across the catalog, with its consumers counted.
 *
 * @public
 */
export interface DeprecationSummary {
  entityRef: string;
  title: string;
  ownerRefs: string[];
  announced: string;
  sunset: string;
  reason: string;
  replacedBy: string | null;
  /** Null without a replacement; false when the replacement is not in the catalog. */
  replacementFound: boolean | null;
  migrationGuide: string | null;
  phase: DeprecationPhase;
  /** UTC days from today to the sunset; negative once it has passed. */
  daysToSunset: number;
  /** Consumers remaining. */
  consumers: number;
  /** Teams owning at least one consumer. */
  consumerTeams: number;
  /** Consumers without a valid exception after the sunset. */
  violations: number;
  exceptions: DeprecationExceptionCounts;
  /** Problems with the declaration, e.g. a replacement that is not in the catalog. */
  warnings: string[];
  /** The daily burn-down, oldest first. */
  trend: DeprecationTrendPoint[];
}

/**
 * A consumer of a deprecated entity, with its exception.
 *
 * @public
 */
export interface DeprecationConsumerStatus {
  entityRef: string;
  title: string | null;
  ownerRefs: string[];
  /** The deprecated parts it depends on or consumes. */
  via: string[];
  /** Its latest exception, if any. */
  exception: DeprecationException | null;
  inViolation: boolean;
}

/**
 * A deprecation's consumers owned by one team.
 *
 * @public
 */
export interface DeprecationTeamConsumers {
  /** The owner, or `null` for consumers without an owner. */
  ownerRef: string | null;
  title: string | null;
  consumers: DeprecationConsumerStatus[];
}

/**
 * One deprecation in full: consumers by team and every exception ever requested, including those
 * of consumers that have left the catalog.
 *
 * @public
 */
export interface DeprecationDetail {
  deprecation: DeprecationSummary;
  byTeam: DeprecationTeamConsumers[];
  exceptionHistory: DeprecationException[];
}

/**
 * The deprecations list.
 *
 * @public
 */
export interface DeprecationList {
  items: DeprecationSummary[];
}

/**
 * A deprecation as one of its consumers sees it (the banner on the consumer's page).
 *
 * @public
 */
export interface EntityDeprecation {
  deprecation: DeprecationSummary;
  consumer: DeprecationConsumerStatus;
}

/**
 * The deprecations that affect an entity, as consumer.
 *
 * @public
 */
export interface EntityDeprecations {
  entityRef: string;
  items: EntityDeprecation[];
}

/**
 * A request for an exception.
 *
 * @public
 */
export interface DeprecationExceptionRequest {
  consumerRef: string;
  reason: string;
  /** YYYY-MM-DD */
  requestedEnd: string;
}

/**
 * The decision on an exception.
 *
 * @public
 */
export interface DeprecationExceptionDecision {
  decision: 'approved' | 'denied';
  reason: string;
}

/**
 * The deprecation debt of a platform: consumers still on its deprecated parts (deprecated entities
 * whose system is the platform, or the platform itself).
 *
 * @public
 */
export interface DeprecationDebt {
  /** Deprecated parts of the platform. */
  deprecations: number;
  /** Distinct consumers still on them. */
  consumers: number;
  /** Those of them in violation (after a sunset, without a valid exception). */
  violations: number;
}
