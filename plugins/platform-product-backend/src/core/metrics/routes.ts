import { HttpAuthService } from '@backstage/backend-plugin-api';
import { ApiRouter } from '../http';
import { MetricIngestService } from './MetricIngestService';

/**
 * The metric ingest route: batches of points pushed by services (service credentials only).
 *
 * @internal
 */
export function registerMetricRoutes(
  router: ApiRouter,
  options: { httpAuth: HttpAuthService; ingest: MetricIngestService },
): void {
  const { httpAuth, ingest } = options;
  router.post('/metrics', async (req, res) => {
    // Only services push; the ingest reads the catalog with the plugin's own credentials.
    await httpAuth.credentials(req, { allow: ['service'] });
    res.json(await ingest.ingest(req.body.points));
  });
}
