import { ApiRouter, RequestContext } from '../../core/http';
import { EntityPlatformsService } from './EntityPlatformsService';

/**
 * What a service page shows: the platforms an entity relies on.
 *
 * @internal
 */
export function registerEntityCardRoutes(
  router: ApiRouter,
  options: { http: RequestContext; entityPlatforms: EntityPlatformsService },
): void {
  const { http, entityPlatforms } = options;
  router.get('/entities/:kind/:namespace/:name/platforms', async (req, res) => {
    res.json(
      await entityPlatforms.getEntityPlatforms(
        http.refOf(req.params),
        await http.credentialsOf(req),
      ),
    );
  });
}
