import { EntityPermissions } from '../../core/catalog/EntityPermissions';
import { ApiRouter, RequestContext } from '../../core/http';
import { DataSourceService } from './DataSourceService';
import { MetricPullService } from './MetricPullService';

/**
 * A platform's data sources, and the owners' "Pull now".
 *
 * @internal
 */
export function registerDataSourceRoutes(
  router: ApiRouter,
  options: {
    http: RequestContext;
    dataSources: DataSourceService;
    metricPulls: MetricPullService;
    entityPermissions: EntityPermissions;
  },
): void {
  const { http, dataSources, metricPulls, entityPermissions } = options;
  router.get(
    '/platforms/:kind/:namespace/:name/data-sources',
    async (req, res) => {
      const { platform } = await http.platformOf(req);
      res.json(await dataSources.list(platform));
    },
  );

  router.post(
    '/platforms/:kind/:namespace/:name/data-sources/pull',
    async (req, res) => {
      const { platform, credentials } = await http.platformOf(req, {
        users: true,
      });
      await entityPermissions.authorizeManage(
        platform.ref,
        credentials,
        'pull its metrics now',
      );
      await metricPulls.pullPlatform(platform);
      res.json(await dataSources.list(platform));
    },
  );
}
