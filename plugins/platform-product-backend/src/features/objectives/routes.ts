import { HttpAuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  KeyResultInput,
  ObjectiveInput,
} from '@platform-product/backstage-plugin-platform-product-common';
import { createOpenApiRouter } from '../../schema/openapi.generated';
import { ObjectiveService } from './ObjectiveService';
import { PlatformCatalog } from '../../core/catalog/PlatformCatalog';

/**
 * The objectives and key results routes. Everyone who can see the platform reads them; writes are
 * for the platform's owners (signed-in users; services and anonymous callers are refused).
 *
 * @internal
 */
export function registerObjectiveRoutes(
  router: ReturnType<typeof createOpenApiRouter>,
  options: {
    httpAuth: HttpAuthService;
    platformCatalog: PlatformCatalog;
    objectives: ObjectiveService;
  },
) {
  const { httpAuth, platformCatalog, objectives } = options;
  type PlatformParams = { kind: string; namespace: string; name: string };
  /** The platform of the request, read with the caller's credentials, and those credentials. */
  const platformOf = async (
    req: Parameters<HttpAuthService['credentials']>[0] & {
      params: PlatformParams;
    },
    allow?: 'user',
  ) => {
    const credentials = allow
      ? await httpAuth.credentials(req, { allow: [allow] })
      : await httpAuth.credentials(req);
    const platform = await platformCatalog.getPlatform(
      stringifyEntityRef(req.params),
      credentials,
    );
    return { platform, credentials };
  };

  router.get(
    '/platforms/:kind/:namespace/:name/objectives',
    async (req, res) => {
      const { platform } = await platformOf(req);
      res.json(await objectives.list(platform));
    },
  );

  router.post(
    '/platforms/:kind/:namespace/:name/objectives',
    async (req, res) => {
      const { platform, credentials } = await platformOf(req, 'user');
      res
        .status(201)
        .json(
          await objectives.createObjective(
            platform,
            req.body as ObjectiveInput,
            credentials,
          ),
        );
    },
  );

  router.put(
    '/platforms/:kind/:namespace/:name/objectives/:objectiveId',
    async (req, res) => {
      const { platform, credentials } = await platformOf(req, 'user');
      res.json(
        await objectives.updateObjective(
          platform,
          req.params.objectiveId,
          req.body as ObjectiveInput,
          credentials,
        ),
      );
    },
  );

  router.delete(
    '/platforms/:kind/:namespace/:name/objectives/:objectiveId',
    async (req, res) => {
      const { platform, credentials } = await platformOf(req, 'user');
      await objectives.deleteObjective(
        platform,
        req.params.objectiveId,
        Number(req.query.version),
        credentials,
      );
      res.status(204).end();
    },
  );

  router.post(
    '/platforms/:kind/:namespace/:name/objectives/:objectiveId/key-results',
    async (req, res) => {
      const { platform, credentials } = await platformOf(req, 'user');
      res
        .status(201)
        .json(
          await objectives.createKeyResult(
            platform,
            req.params.objectiveId,
            req.body as KeyResultInput,
            credentials,
          ),
        );
    },
  );

  router.put(
    '/platforms/:kind/:namespace/:name/key-results/:keyResultId',
    async (req, res) => {
      const { platform, credentials } = await platformOf(req, 'user');
      res.json(
        await objectives.updateKeyResult(
          platform,
          req.params.keyResultId,
          req.body as KeyResultInput,
          credentials,
        ),
      );
    },
  );

  router.delete(
    '/platforms/:kind/:namespace/:name/key-results/:keyResultId',
    async (req, res) => {
      const { platform, credentials } = await platformOf(req, 'user');
      await objectives.deleteKeyResult(
        platform,
        req.params.keyResultId,
        Number(req.query.version),
        credentials,
      );
      res.status(204).end();
    },
  );
}
