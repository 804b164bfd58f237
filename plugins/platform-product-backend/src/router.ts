import { AuthService, HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import {
  contractErrorWording,
  createRequestContext,
  databaseBusyAs503,
  jsonBodyParser,
} from './core/http';
import { registerMetricRoutes } from './core/metrics';
import { registerAdoptionRoutes } from './features/adoption';
import { registerAnnouncementRoutes } from './features/announcements';
import { registerDeprecationRoutes } from './features/deprecations';
import { registerEntityCardRoutes } from './features/entityCard';
import { registerFeedbackRoutes } from './features/feedback';
import { registerObjectiveRoutes } from './features/objectives';
import { registerDataSourceRoutes } from './features/dataSources';
import { registerGroupRoutes } from './features/groups';
import { registerPlatformRoutes } from './features/platforms';
import { registerPortfolioRoutes } from './features/portfolio';
import { registerRoadmapRoutes } from './features/roadmap';
import { registerScorecardRoutes } from './features/scorecards';
import { registerSloRoutes } from './features/slos';
import { registerSurveyRoutes } from './features/surveys';
import { createOpenApiRouter } from './schema/openapi.generated';
import { PlatformProductServices } from './wiring';

/**
 * The plugin's HTTP routes, as the OpenAPI contract (src/schema/openapi.yaml) declares them. Requests
 * are validated against the contract before a handler runs; each feature registers its own routes,
 * whose handlers read the caller's credentials and hand over to the feature's services.
 *
 * @internal
 */
export async function createRouter(
  options: {
    httpAuth: HttpAuthService;
    auth: AuthService;
  } & PlatformProductServices,
): Promise<express.Router> {
  const router = createOpenApiRouter();
  const features = {
    ...options,
    http: createRequestContext({
      httpAuth: options.httpAuth,
      auth: options.auth,
      platformCatalog: options.platformCatalog,
      now: options.now,
    }),
  };

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  registerMetricRoutes(router, features);
  registerPlatformRoutes(router, features);
  registerScorecardRoutes(router, features);
  registerSloRoutes(router, features);
  registerAdoptionRoutes(router, features);
  registerEntityCardRoutes(router, features);
  registerSurveyRoutes(router, features);
  registerObjectiveRoutes(router, features);
  registerAnnouncementRoutes(router, features);
  registerDeprecationRoutes(router, features);
  registerRoadmapRoutes(router, features);
  registerFeedbackRoutes(router, features);
  registerPortfolioRoutes(router, features);
  registerGroupRoutes(router, features);
  registerDataSourceRoutes(router, features);

  // Bodies are parsed before the validating router, whose error handler would turn the parser's
  // errors (413 for an oversized body among them) into 400s; it then finds the body parsed.
  const withBody = Router();
  withBody.use(jsonBodyParser());
  withBody.use(router);
  withBody.use(contractErrorWording());
  withBody.use(databaseBusyAs503());
  return withBody;
}
