import {
  ApiBlueprint,
  ExtensionDefinition,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { FeatureApi, featureApis } from '../featureApis';

/** The new frontend system's extension of a feature API, `api:platform-product[/<name>]`. */
function apiExtension<T>(
  { api, Client }: FeatureApi<T>,
  name?: string,
): ExtensionDefinition {
  return ApiBlueprint.make({
    name,
    params: defineParams =>
      defineParams({
        api,
        deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
        factory: deps => new Client(deps),
      }),
  });
}

/**
 * The `platformsApiRef` client (platforms, the platforms an entity relies on, metric ingest).
 *
 * @alpha
 */
export const platformsApi = apiExtension(featureApis.platforms, 'platforms');

/**
 * The `scorecardsApiRef` client.
 *
 * @alpha
 */
export const scorecardsApi = apiExtension(featureApis.scorecards, 'scorecards');

/**
 * The `slosApiRef` client.
 *
 * @alpha
 */
export const slosApi = apiExtension(featureApis.slos, 'slos');

/**
 * The `dataSourcesApiRef` client.
 *
 * @alpha
 */
export const dataSourcesApi = apiExtension(
  featureApis.dataSources,
  'data-sources',
);

/**
 * The `adoptionApiRef` client.
 *
 * @alpha
 */
export const adoptionApi = apiExtension(featureApis.adoption, 'adoption');

/**
 * The `entityCardApiRef` client, which shares one request per entity page between the usage card
 * and the deprecation banner.
 *
 * @alpha
 */
export const entityCardApi = apiExtension(
  featureApis.entityCard,
  'entity-card',
);

/**
 * The `surveysApiRef` client.
 *
 * @alpha
 */
export const surveysApi = apiExtension(featureApis.surveys, 'surveys');

/**
 * The `deprecationsApiRef` client.
 *
 * @alpha
 */
export const deprecationsApi = apiExtension(
  featureApis.deprecations,
  'deprecations',
);

/**
 * The `roadmapApiRef` client.
 *
 * @alpha
 */
export const roadmapApi = apiExtension(featureApis.roadmap, 'roadmap');

/**
 * The `feedbackApiRef` client: the survey comments and notes that back roadmap items.
 *
 * @alpha
 */
export const feedbackApi = apiExtension(featureApis.feedback, 'feedback');

/**
 * The `objectivesApiRef` client.
 *
 * @alpha
 */
export const objectivesApi = apiExtension(featureApis.objectives, 'objectives');

/**
 * The `announcementsApiRef` client.
 *
 * @alpha
 */
export const announcementsApi = apiExtension(
  featureApis.announcements,
  'announcements',
);

/**
 * The `portfolioApiRef` client.
 *
 * @alpha
 */
export const portfolioApi = apiExtension(featureApis.portfolio, 'portfolio');

/**
 * The `groupsApiRef` client.
 *
 * @alpha
 */
export const groupsApi = apiExtension(featureApis.groups, 'groups');

/**
 * The `platformProductApiRef` client for the new frontend system.
 *
 * @alpha
 * @deprecated The all-in-one API stays one release; use the feature APIs above.
 */
export const platformProductApi = apiExtension(featureApis.platformProduct);
