import {
  AuthService,
  LoggerService,
  PermissionsService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { PlatformProductStore } from '../database/PlatformProductStore';
import { AdoptionService } from './AdoptionService';
import { EntityPermissions } from './EntityPermissions';
import { EntityPlatformsService } from './EntityPlatformsService';
import { MetricIngestService } from './MetricIngestService';
import { PlatformCatalog } from './PlatformCatalog';
import { PlatformGraphProvider } from './PlatformGraphProvider';
import { PlatformListService } from './PlatformListService';
import { ScorecardService } from './ScorecardService';
import { SloStatusService } from './SloStatusService';
import { SnapshotService } from './SnapshotService';
import { SurveyStore } from '../database/SurveyStore';
import { SurveyService, SurveySettings } from './surveys/SurveyService';
import { ObjectiveStore } from '../database/ObjectiveStore';
import { AnnouncementStore } from '../database/AnnouncementStore';
import { MetricSeriesReader } from '../database/MetricSeriesReader';
import { createObjectiveServices } from './objectives/createObjectiveServices';
import { DeprecationStore } from '../database/DeprecationStore';
import { RoadmapStore } from '../database/RoadmapStore';
import {
  createRoadmapServices,
  RoadmapSettings,
} from './roadmap/createRoadmapServices';
import {
  createDeprecationServices,
  DeprecationSettings,
} from './deprecations/createDeprecationServices';

/**
 * The plugin's services, wired together.
 *
 * @internal
 */
export type PlatformProductServices = ReturnType<
  typeof createPlatformProductServices
>;

/**
 * Wires the plugin's services. The plugin calls this with the real clock; tests pass their own.
 *
 * @param options.catalogGraphTtlMs - how long the catalog graph that adoption is computed from is
 *   reused
 * @param options.adoptionTtlMs - how long a platform's computed adoption is reused
 * @param options.sloStatusTtlMs - how long a platform's SLO statuses are reused
 * @param options.orgGroupTypes - the group types adoption is rolled up by
 * @param options.deprecations - `platformProduct.deprecations` settings
 * @param options.surveys - `platformProduct.surveys` settings
 * @param options.roadmapSettings - `platformProduct.roadmap` settings
 * @internal
 */
export function createPlatformProductServices(options: {
  store: PlatformProductStore;
  catalog: CatalogService;
  auth: AuthService;
  permissions: PermissionsService;
  notifications: NotificationService;
  logger: LoggerService;
  now?: () => Date;
  catalogGraphTtlMs: number;
  adoptionTtlMs: number;
  sloStatusTtlMs: number;
  orgGroupTypes?: readonly string[];
  deprecationStore: DeprecationStore;
  deprecations?: DeprecationSettings;
  objectiveStore: ObjectiveStore;
  announcementStore: AnnouncementStore;
  metricSeries: MetricSeriesReader;
  surveyStore: SurveyStore;
  surveys?: SurveySettings;
  roadmapStore: RoadmapStore;
  urlReader: UrlReaderService;
  roadmapSettings?: RoadmapSettings;
}) {
  const { store, catalog, auth, logger } = options;
  const now = options.now ?? (() => new Date());
  const platformCatalog = new PlatformCatalog(catalog);
  const graphs = new PlatformGraphProvider({
    catalog,
    auth,
    logger,
    ttlMs: options.catalogGraphTtlMs,
    adoptionTtlMs: options.adoptionTtlMs,
    orgGroupTypes: options.orgGroupTypes,
  });
  const sloStatus = new SloStatusService({
    store,
    logger,
    now,
    cacheTtlMs: options.sloStatusTtlMs,
  });
  const entityPermissions = new EntityPermissions(options.permissions);
  const deprecationServices = createDeprecationServices({
    store: options.deprecationStore,
    graphs,
    catalog,
    entityPermissions,
    notifications: options.notifications,
    logger,
    now,
    settings: options.deprecations,
  });
  const surveys = new SurveyService({
    store: options.surveyStore,
    platformCatalog,
    graphs,
    entityPermissions,
    notifications: options.notifications,
    logger,
    now,
    promptIntervalDays: options.surveys?.promptIntervalDays,
    orgGroupTypes: options.orgGroupTypes,
  });
  const scorecards = new ScorecardService({
    store,
    graphs,
    now,
    surveyNps: platformRef => surveys.npsOfClosedRounds(platformRef),
    deprecationDebt: platformRef =>
      deprecationServices.deprecations.debtOf(platformRef),
  });
  const objectiveServices = createObjectiveServices({
    objectiveStore: options.objectiveStore,
    announcementStore: options.announcementStore,
    metricSeries: options.metricSeries,
    store,
    graphs,
    scorecards,
    sloStatus,
    entityPermissions,
    notifications: options.notifications,
    logger,
    now,
  });
  const roadmapServices = createRoadmapServices({
    store: options.roadmapStore,
    platformCatalog,
    graphs,
    entityPermissions,
    keyResults: objectiveServices.objectives,
    audience: objectiveServices.announcements,
    catalog,
    auth,
    urlReader: options.urlReader,
    notifications: options.notifications,
    logger,
    now,
    settings: options.roadmapSettings,
  });
  return {
    now,
    ...objectiveServices,
    ...roadmapServices,
    platformCatalog,
    entityPermissions,
    ...deprecationServices,
    sloStatus,
    scorecards,
    surveys,
    adoption: new AdoptionService({ store, graphs, now }),
    snapshots: new SnapshotService({ store, graphs, scorecards, logger, now }),
    entityPlatforms: new EntityPlatformsService({
      platformCatalog,
      graphs,
      sloStatus,
    }),
    platformList: new PlatformListService({
      platformCatalog,
      graphs,
      sloStatus,
    }),
    ingest: new MetricIngestService({
      store,
      catalog,
      now,
      onIngested: entityRefs => sloStatus.invalidate(entityRefs),
    }),
  };
}
