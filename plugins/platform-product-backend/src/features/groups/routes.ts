import { ApiRouter, RequestContext } from '../../core/http';
import { GroupPictureService } from './GroupPictureService';

/**
 * A group's own picture of the platforms, for its page.
 *
 * @internal
 */
export function registerGroupRoutes(
  router: ApiRouter,
  options: { http: RequestContext; groupPictures: GroupPictureService },
): void {
  const { http, groupPictures } = options;
  router.get('/groups/:kind/:namespace/:name/platforms', async (req, res) => {
    const credentials = await http.credentialsOf(req);
    res.json(
      await groupPictures.getPicture(http.refOf(req.params), credentials),
    );
  });
}
