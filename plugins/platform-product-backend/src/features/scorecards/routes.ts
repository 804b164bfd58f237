import { ApiRouter, RequestContext } from '../../core/http';
import { ScorecardService } from './ScorecardService';

/**
 * A platform's scorecard, with its history over a day range.
 *
 * @internal
 */
export function registerScorecardRoutes(
  router: ApiRouter,
  options: { http: RequestContext; scorecards: ScorecardService },
): void {
  const { http, scorecards } = options;
  router.get(
    '/platforms/:kind/:namespace/:name/scorecard',
    async (req, res) => {
      const { platform } = await http.platformOf(req);
      res.json(
        await scorecards.getScorecard(platform, http.dayRange(req.query)),
      );
    },
  );
}
