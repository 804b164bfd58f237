import { createApiRef } from '@backstage/core-plugin-api';
import type { AdoptionApi } from '../features/adoption/api';
import type { AnnouncementsApi } from '../features/announcements/api';
import type { DeprecationsApi } from '../features/deprecations/api';
import type { ObjectivesApi } from '../features/objectives/api';
import type { PlatformsApi } from '../features/platforms/api';
import type { RoadmapApi } from '../features/roadmap/api';
import type { ScorecardsApi } from '../features/scorecards/api';
import type { SlosApi } from '../features/slos/api';
import type { SurveysApi } from '../features/surveys/api';

/**
 * The objectives, key results, announcements and follows part of the Platform Product API.
 *
 * @public
 * @deprecated Use {@link ObjectivesApi} (`objectivesApiRef`) and {@link AnnouncementsApi}
 * (`announcementsApiRef`).
 */
export interface ObjectivesAndAnnouncementsApi
  extends ObjectivesApi,
    AnnouncementsApi {}

/**
 * The whole Platform Product backend behind one interface: every feature API together.
 *
 * @public
 * @deprecated Use the API of the feature you need: `platformsApiRef`, `scorecardsApiRef`,
 * `slosApiRef`, `adoptionApiRef`, `entityCardApiRef`, `surveysApiRef`, `deprecationsApiRef`,
 * `roadmapApiRef`, `objectivesApiRef` or `announcementsApiRef`.
 */
export interface PlatformProductApi
  extends PlatformsApi,
    ScorecardsApi,
    SlosApi,
    AdoptionApi,
    SurveysApi,
    DeprecationsApi,
    RoadmapApi,
    ObjectivesAndAnnouncementsApi {}

/**
 * The {@link PlatformProductApi}, still provided by the plugin with a `PlatformProductClient` for
 * one release.
 *
 * @public
 * @deprecated Use the API ref of the feature you need, e.g. `scorecardsApiRef` or `surveysApiRef`.
 */
export const platformProductApiRef = createApiRef<PlatformProductApi>({
  id: 'plugin.platform-product.service',
});
