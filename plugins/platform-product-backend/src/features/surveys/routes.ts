import { ApiRouter, RequestContext } from '../../core/http';
import { SurveyService } from './SurveyService';

/**
 * The survey routes: the prompt, answers, rounds, results and comments. Every write, and the
 * prompt, is for signed-in users only; services and anonymous callers get a 401.
 *
 * @internal
 */
export function registerSurveyRoutes(
  router: ApiRouter,
  options: { http: RequestContext; surveys: SurveyService },
): void {
  const { http } = options;
  const { rounds, answers, results } = options.surveys;
  /** `http.platformOf(req, { users: true })`, with the user credentials it guarantees typed so. */
  router.get('/surveys/prompt', async (req, res) => {
    const prompt = await answers.getPrompt(await http.userOf(req), {
      platformRef: req.query.platformRef?.toLowerCase(),
    });
    res.json({ prompt });
  });

  router.post('/surveys/rounds/:roundId/dismiss', async (req, res) => {
    await answers.dismissPrompt(req.params.roundId, await http.userOf(req));
    res.status(204).end();
  });

  router.post('/surveys/rounds/:roundId/snooze', async (req, res) => {
    const { roundId } = req.params;
    await answers.snoozePrompt(roundId, req.body.days, await http.userOf(req));
    res.status(204).end();
  });

  router.get(
    '/platforms/:kind/:namespace/:name/surveys/results',
    async (req, res) => {
      const { platform, credentials } = await http.platformOf(req);
      // The router's inferred response type does not model the contract's oneOf of a counted and a
      // withheld survey segment; the route tests validate every answer against the contract itself.
      res.json((await results.getResults(platform, credentials)) as any);
    },
  );

  router.post(
    '/platforms/:kind/:namespace/:name/surveys/rounds',
    async (req, res) => {
      const { platform, credentials } = await http.platformOf(req, {
        users: true,
      });
      res
        .status(201)
        .json(await rounds.openRound(platform, req.body, credentials));
    },
  );

  router.post(
    '/platforms/:kind/:namespace/:name/surveys/rounds/:roundId/close',
    async (req, res) => {
      const { platform, credentials } = await http.platformOf(req, {
        users: true,
      });
      res.json(
        await rounds.closeRound(platform, req.params.roundId, credentials),
      );
    },
  );

  router.post(
    '/platforms/:kind/:namespace/:name/surveys/rounds/:roundId/responses',
    async (req, res) => {
      const { platform, credentials } = await http.platformOf(req, {
        users: true,
      });
      await answers.answer(platform, req.params.roundId, req.body, credentials);
      res.status(204).end();
    },
  );

  router.get(
    '/platforms/:kind/:namespace/:name/surveys/rounds/:roundId/comments',
    async (req, res) => {
      const { platform, credentials } = await http.platformOf(req);
      const { roundId, items } = await results.getComments(
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
      const { platform, credentials } = await http.platformOf(req);
      const csv = await results.getCommentsCsv(
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
