import {
  KeyResultInput,
  ObjectiveInput,
} from '@platform-product/backstage-plugin-platform-product-common';
import { ApiRouter, RequestContext, versionOf } from '../../core/http';
import { ObjectiveService } from './ObjectiveService';

/**
 * The objectives and key results routes. Everyone who can see the platform reads them; writes are
 * for the platform's owners (signed-in users; services and anonymous callers are refused). Edits and
 * deletes name the version read (If-Match, or the legacy body field / query parameter).
 *
 * @internal
 */
export function registerObjectiveRoutes(
  router: ApiRouter,
  options: { http: RequestContext; objectives: ObjectiveService },
) {
  const { http, objectives } = options;
  const users = { users: true } as const;

  router.get(
    '/platforms/:kind/:namespace/:name/objectives',
    async (req, res) => {
      const { platform } = await http.platformOf(req);
      res.json(await objectives.list(platform));
    },
  );

  router.post(
    '/platforms/:kind/:namespace/:name/objectives',
    async (req, res) => {
      const { platform, credentials } = await http.platformOf(req, users);
      const input = req.body as ObjectiveInput;
      res
        .status(201)
        .json(await objectives.createObjective(platform, input, credentials));
    },
  );

  router.put(
    '/platforms/:kind/:namespace/:name/objectives/:objectiveId',
    async (req, res) => {
      const { platform, credentials } = await http.platformOf(req, users);
      const version = versionOf(
        req.body,
        req.header('if-match'),
        'the objective',
      );
      res.json(
        await objectives.updateObjective(
          platform,
          req.params.objectiveId,
          req.body as ObjectiveInput,
          version,
          credentials,
        ),
      );
    },
  );

  router.delete(
    '/platforms/:kind/:namespace/:name/objectives/:objectiveId',
    async (req, res) => {
      const { platform, credentials } = await http.platformOf(req, users);
      const version = versionOf(
        req.query,
        req.header('if-match'),
        'the objective',
      );
      await objectives.deleteObjective(
        platform,
        req.params.objectiveId,
        version,
        credentials,
      );
      res.status(204).end();
    },
  );

  router.post(
    '/platforms/:kind/:namespace/:name/objectives/:objectiveId/key-results',
    async (req, res) => {
      const { platform, credentials } = await http.platformOf(req, users);
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
      const { platform, credentials } = await http.platformOf(req, users);
      const version = versionOf(
        req.body,
        req.header('if-match'),
        'the key result',
      );
      res.json(
        await objectives.updateKeyResult(
          platform,
          req.params.keyResultId,
          req.body as KeyResultInput,
          version,
          credentials,
        ),
      );
    },
  );

  router.delete(
    '/platforms/:kind/:namespace/:name/key-results/:keyResultId',
    async (req, res) => {
      const { platform, credentials } = await http.platformOf(req, users);
      const version = versionOf(
        req.query,
        req.header('if-match'),
        'the key result',
      );
      await objectives.deleteKeyResult(
        platform,
        req.params.keyResultId,
        version,
        credentials,
      );
      res.status(204).end();
    },
  );
}
