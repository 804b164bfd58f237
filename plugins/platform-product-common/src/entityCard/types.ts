import type { PlatformUsage } from '../api/types';
import type { EntityDeprecation } from '../deprecations/types';
import type { EntityRoadmap } from '../roadmap/roadmapModel';
import type { EntityAnnouncements } from '../announcements/types';
import type { SurveyPrompt } from '../surveys/types';

/**
 * Everything the card on a service page and the deprecation banner above it show, in one answer
 * (`GET /entities/{kind}/{namespace}/{name}/card`): the platforms the entity relies on with their SLO
 * status, error budget and support promise; the "Now" roadmap lines for the personas of the
 * entity's owners; the announcements relevant to it; the survey round the caller may answer; and
 * the deprecations that affect it, each with this entity's exception state.
 *
 * @public
 */
export interface EntityCard {
  entityRef: string;
  /** The platforms the entity relies on (as `GET …/platforms` answers them). */
  platforms: PlatformUsage[];
  /** The "Now" roadmap items of those platforms (as `GET …/roadmap` answers them). */
  roadmap: Omit<EntityRoadmap, 'entityRef'>;
  /** The announcements relevant to the entity now (as `GET …/announcements` answers them). */
  announcements: EntityAnnouncements['items'];
  /** The survey round the caller is asked to answer, or null (as `GET /surveys/prompt` answers). */
  surveyPrompt: SurveyPrompt | null;
  /** The deprecations the entity consumes (as `GET …/deprecations` answers them). */
  deprecations: EntityDeprecation[];
}
