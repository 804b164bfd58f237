import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { platformProductPermissions } from '@platform-product/backstage-plugin-platform-product-common';
import { readPlatformProductConfig } from './config';
import { createRouter } from './router';
import { createPlatformProductServices, openStores } from './wiring';

/**
 * The Platform Product backend plugin, mounted at `/api/platform-product`: metric ingest, scorecards,
 * SLO status, adoption and the platforms each entity relies on, with a daily snapshot task.
 *
 * @public
 */
export const platformProductPlugin = createBackendPlugin({
  pluginId: 'platform-product',
  register(env) {
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
      }) {
        const services = createPlatformProductServices({
          ...readPlatformProductConfig(config),
          ...(await openStores(database)),
          catalog,
          auth,
          permissions,
          notifications,
          logger,
          urlReader,
        });

        await scheduler.scheduleTask({
          id: 'platform-product-daily-snapshot',
          frequency: { cron: '15 0 * * *' },
          timeout: { minutes: 15 },
          initialDelay: { seconds: 30 },
          scope: 'global',
          fn: () => services.snapshots.snapshotAll(),
        });

        await scheduler.scheduleTask({
          id: 'platform-product-deprecation-burndown',
          frequency: { cron: '20 0 * * *' },
          timeout: { minutes: 15 },
          initialDelay: { seconds: 45 },
          scope: 'global',
          fn: async () => {
            await services.deprecations.snapshotAll();
          },
        });
        await scheduler.scheduleTask({
          id: 'platform-product-deprecation-reminders',
          frequency: { hours: 1 },
          timeout: { minutes: 15 },
          initialDelay: { minutes: 1 },
          scope: 'global',
          fn: async () => {
            await services.deprecationReminders.run();
          },
        });

        await scheduler.scheduleTask({
          id: 'platform-product-survey-rounds',
          frequency: { minutes: 15 },
          timeout: { minutes: 5 },
          initialDelay: { seconds: 40 },
          scope: 'global',
          fn: async () => {
            await services.surveys.runSchedule();
          },
        });

        await scheduler.scheduleTask({
          id: 'platform-product-roadmap-import',
          frequency: { minutes: 10 },
          timeout: { minutes: 5 },
          initialDelay: { seconds: 20 },
          scope: 'global',
          fn: () => services.roadmapImporter.importAll(),
        });
        await scheduler.scheduleTask({
          id: 'platform-product-roadmap-outcome-reviews',
          frequency: { hours: 1 },
          timeout: { minutes: 5 },
          initialDelay: { minutes: 2 },
          scope: 'global',
          fn: async () => {
            await services.roadmapReviews.remindDue();
          },
        });

        permissionsRegistry.addPermissions(platformProductPermissions);
        httpRouter.use(await createRouter({ httpAuth, ...services }));
        httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
      },
    });
  },
});
