import { HttpAuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import express from 'express';
import Router from 'express-promise-router';
import { platformProductManagePermission } from '@platform-product/backstage-plugin-platform-product-common';
import { jsonBodyParser } from './core/http/jsonBodyParser';
import { registerSurveyRoutes } from './features/surveys/routes';
import { registerObjectiveRoutes } from './features/objectives/routes';
import { registerAnnouncementRoutes } from './features/announcements/routes';
import { createOpenApiRouter } from './schema/openapi.generated';
import { PlatformProductServices } from './wiring';
import { resolveDayRange } from './core/http/resolveDayRange';
import { registerDeprecationRoutes } from './features/deprecations/routes';
import { registerRoadmapRoutes } from './features/roadmap/routes';

/**
 * The plugin's HTTP routes, as the OpenAPI contract (src/schema/openapi.yaml) declares them. Requests
 * are validated against the contract before a handler runs; handlers read the caller's credentials
 * and hand over to the services.
 *
 * @internal
 */
export async function createRouter(
  options: {
    httpAuth: HttpAuthService;
  } & PlatformProductServices,
): Promise<express.Router> {
  const { httpAuth, platformCatalog, entityPermissions, now } = options;
  const router = createOpenApiRouter();
  const refOf = (params: { kind: string; namespace: string; name: string }) =>
    stringifyEntityRef(params);
  /** The platform a `/platforms/{kind}/{namespace}/{name}/…` request is about, as its caller sees it. */
  const platformOf = async (
    req: express.Request<{ kind: string; namespace: string; name: string }>,
  ) =>
    platformCatalog.getPlatform(
      refOf(req.params),
      await httpAuth.credentials(req),
    );
  const dayRange = (query: { from?: string; to?: string }) =>
    resolveDayRange({ ...query, now: now().getTime() });

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.post('/metrics', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['service'] });
    res.json(await options.ingest.ingest(req.body.points, credentials));
  });

  router.get('/platforms', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(await options.platformList.listPlatforms(credentials));
  });

  router.get(
    '/platforms/:kind/:namespace/:name/scorecard',
    async (req, res) => {
      const platform = await platformOf(req);
      res.json(
        await options.scorecards.getScorecard(platform, dayRange(req.query)),
      );
    },
  );

  router.get('/platforms/:kind/:namespace/:name/slos', async (req, res) => {
    res.json(await options.sloStatus.getReport(await platformOf(req)));
  });

  router.get('/platforms/:kind/:namespace/:name/adoption', async (req, res) => {
    const platform = await platformOf(req);
    res.json(await options.adoption.getReport(platform, dayRange(req.query)));
  });

  router.post(
    '/platforms/:kind/:namespace/:name/adoption/refresh',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      const platform = await platformCatalog.getPlatform(
        refOf(req.params),
        credentials,
      );
      await entityPermissions.authorize(
        platformProductManagePermission,
        platform.ref,
        credentials,
        'refresh its adoption',
      );
      await options.snapshots.refresh(platform);
      res.json(await options.adoption.getReport(platform, dayRange({})));
    },
  );

  router.get('/entities/:kind/:namespace/:name/platforms', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    res.json(
      await options.entityPlatforms.getEntityPlatforms(
        refOf(req.params),
        credentials,
      ),
    );
  });

  registerSurveyRoutes(router, options);
  registerObjectiveRoutes(router, options);
  registerAnnouncementRoutes(router, options);

  registerDeprecationRoutes(router, options);
  registerRoadmapRoutes(router, options);

  // Bodies are parsed before the validating router, whose error handler would turn the parser's
  // errors (413 for an oversized body among them) into 400s; it then finds the body parsed.
  const withBody = Router();
  withBody.use(jsonBodyParser());
  withBody.use(router);
  return withBody;
}
