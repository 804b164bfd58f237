/**
 * The enablement categories an objective belongs to: what kind of outcome a platform team promises
 * its users.
 *
 * @public
 */
export const ENABLEMENT_CATEGORIES = [
  'engineering-velocity',
  'platform-capability',
  'operational-health',
  'developer-satisfaction',
  'cost-efficiency',
] as const;

/** @public */
export type EnablementCategory = (typeof ENABLEMENT_CATEGORIES)[number];

/**
 * How a key result's metric series is reduced to one value over its window: the median or 95th
 * percentile of the point values, their sum, their mean, or their sum per day (`rate`).
 *
 * @public
 */
export const KEY_RESULT_AGGREGATIONS = [
  'p50',
  'p95',
  'rate',
  'sum',
  'avg',
] as const;

/** @public */
export type KeyResultAggregation = (typeof KEY_RESULT_AGGREGATIONS)[number];

/**
 * Which way a key result's value should move: `increase` (target above baseline) or `decrease`
 * (target below baseline).
 *
 * @public
 */
export const KEY_RESULT_DIRECTIONS = ['increase', 'decrease'] as const;

/** @public */
export type KeyResultDirection = (typeof KEY_RESULT_DIRECTIONS)[number];

/**
 * The binding types a key result may have.
 *
 * @public
 */
export const KEY_RESULT_BINDING_TYPES = [
  'adoption',
  'nps',
  'slo-attainment',
  'metric',
  'deprecation-consumers',
] as const;

/**
 * The binding types a key result scoped to a group may have: only these measure a slice of the
 * catalog graph that belongs to a group.
 *
 * @public
 */
export const SCOPABLE_KEY_RESULT_BINDING_TYPES = [
  'adoption',
  'deprecation-consumers',
] as const;

/**
 * The group a key result is scoped to (a shared objective, the Pull Model's shared OKRs): the key
 * result measures that group's slice of the catalog graph — the group and every group below it in
 * the hierarchy.
 *
 * @public
 */
export interface KeyResultScope {
  /** The Group's entity ref, normalised to `group:<namespace>/<name>` in lower case. */
  groupRef: string;
}

/**
 * The measured series a key result is bound to.
 *
 * - `adoption`: the platform's adoption ratio (adopting teams / audience teams, 0–1); when the key
 *   result is scoped to a group, among the audience teams at or below that group.
 * - `nps`: the platform's net promoter score from the scorecard (−100 to 100).
 * - `slo-attainment`: the attainment (0–1) of the named SLO of the platform over its window.
 * - `metric`: an ingested metric reduced by `aggregation` over the trailing `window`, on the
 *   platform entity or, for well-known consumer metrics such as `deployments` and
 *   `lead_time_hours`, on the platform's consumer services; optionally only points with `labels`.
 *
 * @public
 */
export type KeyResultBinding =
  | { type: 'adoption' }
  | { type: 'nps' }
  | { type: 'slo-attainment'; slo: string }
  | {
      type: 'metric';
      metric: string;
      aggregation: KeyResultAggregation;
      window: string;
      labels?: Record<string, string>;
    }
  | { type: 'deprecation-consumers'; deprecationRef: string };

/**
 * A key result's computed progress. `no-data` when the bound series has no point (never 0);
 * otherwise the measured value, when its last point was measured, and the progress.
 *
 * @public
 */
export type KeyResultProgress =
  | { state: 'no-data' }
  | {
      state: 'measured';
      value: number;
      /** When the last point counted was measured (ISO 8601). */
      lastPointAt: string;
      /** (value − baseline) / (target − baseline): below 0 when regressed, above 1 beyond target. */
      progress: number;
      /** {@link KeyResultProgress} `progress` clamped to [0, 1], for a progress bar. */
      progressClamped: number;
      /** Whether the value reached the target (in the key result's direction). */
      reached: boolean;
      /** Whether the value moved away from the target, past the baseline. */
      regressed: boolean;
    };

/**
 * A key result as the API returns it, with its computed progress.
 *
 * @public
 */
export interface KeyResult {
  id: string;
  objectiveId: string;
  title: string;
  binding: KeyResultBinding;
  /** The group the key result is scoped to, if any, with its display name (e.g. `Commerce`). */
  scope?: KeyResultScope & { title: string };
  baseline: number;
  target: number;
  direction: KeyResultDirection;
  version: number;
  progress: KeyResultProgress;
}

/**
 * An objective of a platform with its key results.
 *
 * @public
 */
export interface Objective {
  id: string;
  platformRef: string;
  title: string;
  description?: string;
  category: EnablementCategory;
  /** A free period label, e.g. `2026-Q4`. */
  period?: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  keyResults: KeyResult[];
}

/**
 * A platform's objectives, as `GET /platforms/{ref}/objectives` returns them.
 *
 * @public
 */
export interface ObjectiveList {
  platformRef: string;
  items: Objective[];
  computedAt: string;
}

/**
 * The body of a request that creates or replaces an objective. `version` is required when
 * replacing (the version read); `id` may be chosen on create (a stable slug).
 *
 * @public
 */
export interface ObjectiveInput {
  id?: string;
  title: string;
  description?: string;
  category: EnablementCategory;
  period?: string;
  version?: number;
}

/**
 * The body of a request that creates or replaces a key result. `version` is required when
 * replacing; `id` may be chosen on create (a stable slug such as `deploy-kr-lead-time`) so that a
 * roadmap YAML can refer to it.
 *
 * @public
 */
export interface KeyResultInput {
  id?: string;
  title: string;
  binding: KeyResultBinding;
  /**
   * Scopes the key result to a group (only with an `adoption` or `deprecation-consumers` binding);
   * `groupRef` may be written `commerce`, `group:commerce` or `group:default/commerce`.
   */
  scope?: KeyResultScope;
  baseline: number;
  target: number;
  direction: KeyResultDirection;
  version?: number;
}
