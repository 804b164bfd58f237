import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { platformProductPermissions } from '@platform-product/backstage-plugin-platform-product-common';
import { PlatformProductStore } from './database/PlatformProductStore';
import { createRouter } from './router';
import { createPlatformProductServices } from './service/createPlatformProductServices';

/** How long the catalog graph that adoption is computed from is reused, by default. */
const DEFAULT_CATALOG_GRAPH_TTL_SECONDS = 45;
/** How long a platform's computed adoption is reused, by default. */
const DEFAULT_ADOPTION_TTL_SECONDS = 300;
/** How long a platform's SLO statuses are reused, by default. */
const DEFAULT_SLO_STATUS_TTL_SECONDS = 15;

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
        logger,
        config,
        catalog,
        notifications,
      }) {
        const settings = config.getOptionalConfig('platformProduct');
        const store = await PlatformProductStore.create({ database });
        const services = createPlatformProductServices({
          store,
          catalog,
          auth,
          permissions,
          notifications,
          logger,
          catalogGraphTtlMs:
            (settings?.getOptionalNumber('cache.catalogGraphTtlSeconds') ??
              DEFAULT_CATALOG_GRAPH_TTL_SECONDS) * 1000,
          adoptionTtlMs:
            (settings?.getOptionalNumber('cache.adoptionTtlSeconds') ??
              DEFAULT_ADOPTION_TTL_SECONDS) * 1000,
          sloStatusTtlMs:
            (settings?.getOptionalNumber('cache.sloStatusTtlSeconds') ??
              DEFAULT_SLO_STATUS_TTL_SECONDS) * 1000,
          orgGroupTypes: settings?.getOptionalStringArray(
            'adoption.orgGroupTypes',
          ),
        });

        await scheduler.scheduleTask({
          id: 'platform-product-daily-snapshot',
          frequency: { cron: '15 0 * * *' },
          timeout: { minutes: 15 },
          initialDelay: { seconds: 30 },
          scope: 'global',
          fn: () => services.snapshots.snapshotAll(),
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
