import {
  ApiRef,
  createApiFactory,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import type { PlatformProductClientOptions } from './api';
import { PlatformProductClient } from './deprecated/PlatformProductClient';
import { platformProductApiRef } from './deprecated/PlatformProductApi';
import { AdoptionClient, adoptionApiRef } from './features/adoption/api';
import {
  AnnouncementsClient,
  announcementsApiRef,
} from './features/announcements/api';
import {
  DataSourcesClient,
  dataSourcesApiRef,
} from './features/dataSources/api';
import {
  DeprecationsClient,
  deprecationsApiRef,
} from './features/deprecations/api';
import { EntityCardClient, entityCardApiRef } from './features/entityCard/api';
import { FeedbackClient, feedbackApiRef } from './features/feedback/api';
import { GroupsClient, groupsApiRef } from './features/groups/api';
import { ObjectivesClient, objectivesApiRef } from './features/objectives/api';
import { PlatformsClient, platformsApiRef } from './features/platforms/api';
import { PortfolioClient, portfolioApiRef } from './features/portfolio/api';
import { RoadmapClient, roadmapApiRef } from './features/roadmap/api';
import { ScorecardsClient, scorecardsApiRef } from './features/scorecards/api';
import { SlosClient, slosApiRef } from './features/slos/api';
import { SurveysClient, surveysApiRef } from './features/surveys/api';

/** A feature's API ref and the client the plugin provides for it. */
export interface FeatureApi<T> {
  api: ApiRef<T>;
  Client: new (options: PlatformProductClientOptions) => T;
}

function featureApi<T>(
  api: ApiRef<T>,
  Client: new (options: PlatformProductClientOptions) => T,
): FeatureApi<T> {
  return { api, Client };
}

/** Every API the plugin provides, each with the client that talks to the backend for it. */
export const featureApis = {
  platforms: featureApi(platformsApiRef, PlatformsClient),
  scorecards: featureApi(scorecardsApiRef, ScorecardsClient),
  slos: featureApi(slosApiRef, SlosClient),
  dataSources: featureApi(dataSourcesApiRef, DataSourcesClient),
  adoption: featureApi(adoptionApiRef, AdoptionClient),
  entityCard: featureApi(entityCardApiRef, EntityCardClient),
  surveys: featureApi(surveysApiRef, SurveysClient),
  deprecations: featureApi(deprecationsApiRef, DeprecationsClient),
  roadmap: featureApi(roadmapApiRef, RoadmapClient),
  feedback: featureApi(feedbackApiRef, FeedbackClient),
  objectives: featureApi(objectivesApiRef, ObjectivesClient),
  announcements: featureApi(announcementsApiRef, AnnouncementsClient),
  portfolio: featureApi(portfolioApiRef, PortfolioClient),
  groups: featureApi(groupsApiRef, GroupsClient),
  /** Deprecated: the all-in-one API, still provided for one release. */
  platformProduct: featureApi(platformProductApiRef, PlatformProductClient),
};

/** Every API the plugin provides, as a list. */
export const allFeatureApis: FeatureApi<unknown>[] = Object.values(featureApis);

/** The dependencies every client is built from. */
export const clientDeps = {
  discoveryApi: discoveryApiRef,
  fetchApi: fetchApiRef,
};

/** The legacy frontend system's factory of a feature API. */
export function featureApiFactory<T>({ api, Client }: FeatureApi<T>) {
  return createApiFactory({
    api,
    deps: clientDeps,
    factory: deps => new Client(deps),
  });
}
