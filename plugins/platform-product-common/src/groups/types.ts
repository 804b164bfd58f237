import type { DeprecationExceptionState } from '../deprecations/deprecationRules';
import type { KeyResultProgress } from '../objectives/types';
import type { AdoptionCounts } from '../portfolio/types';

/**
 * A group's own picture: how its teams use each platform against the whole company, the services
 * it owns on deprecated parts, the survey rounds its members can answer and the key results scoped
 * to it.
 *
 * @public
 */
export interface GroupPlatformPicture {
  groupRef: string;
  title: string;
  /** Audience-type teams at or below the group (recursive). */
  teams: number;
  platforms: Array<{
    platformRef: string;
    title: string;
    category: string;
    group: AdoptionCounts;
    company: AdoptionCounts;
  }>;
  deprecatedDependencies: Array<{
    entityRef: string;
    deprecationRef: string;
    deprecationTitle: string;
    sunsetDate: string;
    /** Negative after the sunset. */
    daysToSunset: number;
    replacementRef?: string;
    exception: { state: DeprecationExceptionState; expiresAt?: string } | null;
    inViolation: boolean;
  }>;
  surveys: Array<{
    roundId: string;
    platformRef: string;
    platformTitle: string;
    title: string;
    closesAt: string;
  }>;
  keyResults: GroupKeyResult[];
  computedAt: string;
}

/**
 * A key result scoped to a group, with its objective and platform, as a group's card shows it. (A
 * type rather than an interface, so that it fits the contract's typing of the group route.)
 *
 * @public
 */
export type GroupKeyResult = {
  platformRef: string;
  platformTitle: string;
  objectiveId: string;
  objectiveTitle: string;
  keyResultId: string;
  title: string;
  scopeRef: string;
  baseline: number;
  target: number;
  direction: 'increase' | 'decrease';
  /** How the key result is measured, e.g. adoption among the group's teams. */
  binding: GroupKeyResultBinding;
  progress: KeyResultProgress;
};

/**
 * What a key result scoped to a group measures: adoption of the platform among the group's teams,
 * or the consumers owned by the group still on a deprecated entity.
 *
 * @public
 */
export type GroupKeyResultBinding =
  | { type: 'adoption' }
  | { type: 'deprecation-consumers'; deprecationRef: string };
