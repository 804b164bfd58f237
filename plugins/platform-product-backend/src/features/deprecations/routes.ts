import { HttpAuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { createOpenApiRouter } from '../../schema/openapi.generated';
import { DeprecationService } from './DeprecationService';

/**
 * The deprecation routes: the list, one deprecation, the deprecations affecting an entity, and
 * exception requests, decisions and audit. Reads take any signed-in caller; writes take users only.
 *
 * @internal
 */
export function registerDeprecationRoutes(
  router: ReturnType<typeof createOpenApiRouter>,
  options: { httpAuth: HttpAuthService; deprecations: DeprecationService },
): void {
  const { httpAuth, deprecations } = options;
  const refOf = (params: { kind: string; namespace: string; name: string }) =>
    stringifyEntityRef(params);

  router.get('/deprecations', async (req, res) => {
    res.json(await deprecations.list(await httpAuth.credentials(req)));
  });

  router.get('/deprecations/:kind/:namespace/:name', async (req, res) => {
    res.json(
      await deprecations.detail(
        refOf(req.params),
        await httpAuth.credentials(req),
      ),
    );
  });

  router.post(
    '/deprecations/:kind/:namespace/:name/exceptions',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      res
        .status(201)
        .json(
          await deprecations.requestException(
            refOf(req.params),
            req.body,
            credentials,
          ),
        );
    },
  );

  router.post(
    '/deprecations/:kind/:namespace/:name/exceptions/:exceptionId/decision',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      res.json(
        await deprecations.decideException(
          refOf(req.params),
          req.params.exceptionId,
          req.body,
          credentials,
        ),
      );
    },
  );

  router.get(
    '/deprecations/:kind/:namespace/:name/exceptions/:exceptionId/audit',
    async (req, res) => {
      res.json(
        await deprecations.audit(
          refOf(req.params),
          req.params.exceptionId,
          await httpAuth.credentials(req),
        ),
      );
    },
  );

  router.get(
    '/entities/:kind/:namespace/:name/deprecations',
    async (req, res) => {
      res.json(
        await deprecations.forEntity(
          refOf(req.params),
          await httpAuth.credentials(req),
        ),
      );
    },
  );
}
