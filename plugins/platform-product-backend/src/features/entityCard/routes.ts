import { ApiRouter, RequestContext } from '../../core/http';
import { EntityCardService } from './EntityCardService';
import { EntityPlatformsService } from './EntityPlatformsService';

/**
 * What a service page shows: everything its card and deprecation banner need in one answer, and
 * the platforms an entity relies on on their own.
 *
 * @internal
 */
export function registerEntityCardRoutes(
  router: ApiRouter,
  options: {
    http: RequestContext;
    entityPlatforms: EntityPlatformsService;
    entityCard: EntityCardService;
  },
): void {
  const { http, entityPlatforms, entityCard } = options;
  router.get('/entities/:kind/:namespace/:name/card', async (req, res) => {
    res.json(
      await entityCard.getCard(
        http.refOf(req.params),
        await http.credentialsOf(req),
      ),
    );
  });

  router.get('/entities/:kind/:namespace/:name/platforms', async (req, res) => {
    res.json(
      await entityPlatforms.getEntityPlatforms(
        http.refOf(req.params),
        await http.credentialsOf(req),
      ),
    );
  });
}
