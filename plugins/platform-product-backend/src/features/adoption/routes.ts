import { EntityPermissions } from '../../core/catalog/EntityPermissions';
import { actorOf, ApiRouter, RequestContext } from '../../core/http';
import { SnapshotRefresher } from '../../ports';
import { AdoptionService } from './AdoptionService';

/**
 * A platform's adoption with its trend, and the owners' refresh of today's snapshot.
 *
 * @internal
 */
export function registerAdoptionRoutes(
  router: ApiRouter,
  options: {
    http: RequestContext;
    adoption: AdoptionService;
    snapshotRefresher: SnapshotRefresher;
    entityPermissions: EntityPermissions;
  },
): void {
  const { http, adoption, snapshotRefresher, entityPermissions } = options;
  router.get('/platforms/:kind/:namespace/:name/adoption', async (req, res) => {
    const { platform } = await http.platformOf(req);
    res.json(await adoption.getReport(platform, http.dayRange(req.query)));
  });

  router.post(
    '/platforms/:kind/:namespace/:name/adoption/history',
    async (req, res) => {
      // A pusher's token may be restricted to this plugin, as the metric pushers' are.
      const { platform, credentials } = await http.platformOf(req, {
        servicesAsPlugin: true,
      });
      if ((credentials.principal as { type?: string }).type === 'user') {
        await entityPermissions.authorizeManage(
          platform.ref,
          credentials,
          'import its adoption history',
        );
      }
      res.json(
        await adoption.importHistory(
          platform,
          req.body as string | { points?: unknown },
          actorOf(credentials),
        ),
      );
    },
  );

  router.post(
    '/platforms/:kind/:namespace/:name/adoption/refresh',
    async (req, res) => {
      const { platform, credentials } = await http.platformOf(req, {
        users: true,
      });
      await entityPermissions.authorizeManage(
        platform.ref,
        credentials,
        'refresh its adoption',
      );
      await snapshotRefresher.refresh(platform);
      res.json(await adoption.getReport(platform, http.dayRange({})));
    },
  );
}
