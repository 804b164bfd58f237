import { ApiRouter, RequestContext } from '../../core/http';
import { PlatformListService } from './PlatformListService';

/**
 * The platforms list: every platform the caller can see, with a summary.
 *
 * @internal
 */
export function registerPlatformRoutes(
  router: ApiRouter,
  options: { http: RequestContext; platformList: PlatformListService },
): void {
  const { http, platformList } = options;
  router.get('/platforms', async (req, res) => {
    res.json(await platformList.listPlatforms(await http.credentialsOf(req)));
  });
}
