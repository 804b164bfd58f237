import { ApiRouter, RequestContext } from '../../core/http';
import { SloStatusService } from './SloStatusService';

/**
 * A platform's SLO status: attainment, error budget and burn-rate alerts of every SLO.
 *
 * @internal
 */
export function registerSloRoutes(
  router: ApiRouter,
  options: { http: RequestContext; sloStatus: SloStatusService },
): void {
  const { http, sloStatus } = options;
  router.get('/platforms/:kind/:namespace/:name/slos', async (req, res) => {
    const { platform } = await http.platformOf(req);
    res.json(await sloStatus.getReport(platform));
  });
}
