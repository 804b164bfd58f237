import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { platformProductPermissions } from '@platform-product/backstage-plugin-platform-product-common';
import { readPlatformProductConfig } from './config';
import {
  actionsRegistryServiceRef,
  registerPlatformProductActions,
} from './features/actions';
import { scheduleFeatureTasks } from './core/tasks';
import { metricProvidersExtensionPoint } from '@platform-product/backstage-plugin-platform-product-node';
import {
  dataSourceTasks,
  MetricProviderRegistry,
} from './features/dataSources';
import { deprecationTasks } from './features/deprecations';
import { portfolioTasks } from './features/portfolio';
import { roadmapTasks } from './features/roadmap';
import { scorecardTasks } from './features/scorecards';
import { surveyTasks } from './features/surveys';
import { createRouter } from './router';
import { createPlatformProductServices, openStores } from './wiring';

/**
 * The Platform Product backend plugin, mounted at `/api/platform-product`: metric ingest, scorecards,
 * SLO status, adoption and the platforms each entity relies on, with a daily snapshot task; its
 * reads and a few writes are also actions in the actions registry, for agents (over MCP). Metric
 * provider modules register through `metricProvidersExtensionPoint`.
 *
 * @public
 */
export const platformProductPlugin = createBackendPlugin({
  pluginId: 'platform-product',
  register(env) {
    const metricProviders = new MetricProviderRegistry();
    env.registerExtensionPoint(metricProvidersExtensionPoint, metricProviders);
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        urlReader: coreServices.urlReader,
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        catalog: catalogServiceRef,
        notifications: notificationService,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init({
        httpRouter,
        httpAuth,
        auth,
        permissions,
        permissionsRegistry,
        database,
        scheduler,
        urlReader,
        logger,
        config,
        catalog,
        notifications,
        actionsRegistry,
      }) {
        const settings = readPlatformProductConfig(config);
        const services = createPlatformProductServices({
          ...settings,
          ...(await openStores(database, settings)),
          catalog,
          auth,
          permissions,
          notifications,
          logger,
          urlReader,
          metricProviders,
        });

        await scheduleFeatureTasks(scheduler, [
          ...scorecardTasks(services),
          ...deprecationTasks(services),
          ...surveyTasks(services),
          ...roadmapTasks(services),
          ...portfolioTasks(services),
          ...dataSourceTasks(services),
        ]);

        permissionsRegistry.addPermissions(platformProductPermissions);
        httpRouter.use(await createRouter({ httpAuth, auth, ...services }));
        registerPlatformProductActions(actionsRegistry, { auth, ...services });
        httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
      },
    });
  },
});
