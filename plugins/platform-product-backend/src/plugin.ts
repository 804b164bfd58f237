import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { platformProductPermissions } from '@platform-product/backstage-plugin-platform-product-common';
import { PlatformProductStore } from './core/metrics/PlatformProductStore';
import { SurveyStore } from './features/surveys/SurveyStore';
import { DeprecationStore } from './features/deprecations/DeprecationStore';
import { ObjectiveStore } from './features/objectives/ObjectiveStore';
import { AnnouncementStore } from './features/announcements/AnnouncementStore';
import { MetricSeriesReader } from './core/metrics/MetricSeriesReader';
import { RoadmapStore } from './features/roadmap/RoadmapStore';
import { readDeprecationSettings } from './features/deprecations/createDeprecationServices';
import { createRouter } from './router';
import { createPlatformProductServices } from './wiring';

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
          deprecationStore: await DeprecationStore.create({ database }),
          objectiveStore: await ObjectiveStore.create({ database }),
          announcementStore: await AnnouncementStore.create({ database }),
          metricSeries: await MetricSeriesReader.create({ database }),
          surveyStore: await SurveyStore.create({ database }),
          roadmapStore: await RoadmapStore.create({ database }),
          urlReader,
          roadmapSettings: {
            outcomeReviewDelayDays: settings?.getOptionalNumber(
              'roadmap.outcomeReviewDelayDays',
            ),
          },
          surveys: {
            promptIntervalDays: settings?.getOptionalNumber(
              'surveys.promptIntervalDays',
            ),
          },
          deprecations: readDeprecationSettings(
            settings?.getOptionalConfig('deprecations'),
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
