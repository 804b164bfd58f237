import { HttpAuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { createOpenApiRouter } from '../../schema/openapi.generated';
import { PlatformCatalog } from '../../core/catalog/PlatformCatalog';
import { SurveyService } from './SurveyService';

/**
 * The survey routes: the prompt, answers, rounds, results and comments. Every write, and the
 * prompt, is for signed-in users only; services and anonymous callers get a 401.
 *
 * @internal
 */
export function registerSurveyRoutes(
  router: ReturnType<typeof createOpenApiRouter>,
  options: {
    httpAuth: HttpAuthService;
    platformCatalog: PlatformCatalog;
    surveys: SurveyService;
  },
) {
  const { httpAuth, platformCatalog, surveys } = options;
  const userOf = (req: Parameters<HttpAuthService['credentials']>[0]) =>
    httpAuth.credentials(req, { allow: ['user'] });
  const refOf = (params: { kind: string; namespace: string; name: string }) =>
    stringifyEntityRef(params);

  router.get('/surveys/prompt', async (req, res) => {
    const credentials = await userOf(req);
    const prompt = await surveys.getPrompt(credentials, {
      platformRef: req.query.platformRef?.toLowerCase(),
    });
    res.json({ prompt });
  });

  router.post('/surveys/rounds/:roundId/dismiss', async (req, res) => {
    await surveys.dismissPrompt(req.params.roundId, await userOf(req));
    res.status(204).end();
  });

  router.post('/surveys/rounds/:roundId/snooze', async (req, res) => {
    await surveys.snoozePrompt(
      req.params.roundId,
      req.body.days,
      await userOf(req),
    );
    res.status(204).end();
  });

  router.get(
    '/platforms/:kind/:namespace/:name/surveys/results',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req);
      const platform = await platformCatalog.getPlatform(
        refOf(req.params),
        credentials,
      );
      res.json(await surveys.getResults(platform, credentials));
    },
  );

  router.post(
    '/platforms/:kind/:namespace/:name/surveys/rounds',
    async (req, res) => {
      const credentials = await userOf(req);
      const platform = await platformCatalog.getPlatform(
        refOf(req.params),
        credentials,
      );
      res
        .status(201)
        .json(await surveys.openRound(platform, req.body, credentials));
    },
  );

  router.post(
    '/platforms/:kind/:namespace/:name/surveys/rounds/:roundId/close',
    async (req, res) => {
      const credentials = await userOf(req);
      const platform = await platformCatalog.getPlatform(
        refOf(req.params),
        credentials,
      );
      res.json(
        await surveys.closeRound(platform, req.params.roundId, credentials),
      );
    },
  );

  router.post(
    '/platforms/:kind/:namespace/:name/surveys/rounds/:roundId/responses',
    async (req, res) => {
      const credentials = await userOf(req);
      const platform = await platformCatalog.getPlatform(
        refOf(req.params),
        credentials,
      );
      await surveys.answer(
        platform,
        req.params.roundId,
        req.body as { score: number; comment?: string; signed?: boolean },
        credentials,
      );
      res.status(204).end();
    },
  );

  router.get(
    '/platforms/:kind/:namespace/:name/surveys/rounds/:roundId/comments',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req);
      const platform = await platformCatalog.getPlatform(
        refOf(req.params),
        credentials,
      );
      const { roundId, items } = await surveys.getComments(
        platform,
        req.params.roundId,
        credentials,
      );
      res.json({ roundId, items });
    },
  );

  router.get(
    '/platforms/:kind/:namespace/:name/surveys/rounds/:roundId/responses.csv',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req);
      const platform = await platformCatalog.getPlatform(
        refOf(req.params),
        credentials,
      );
      const csv = await surveys.getCommentsCsv(
        platform,
        req.params.roundId,
        credentials,
      );
      res
        .type('text/csv; charset=utf-8')
        .attachment(`${platform.entity.metadata.name}-survey-comments.csv`)
        .send(csv);
    },
  );
}
