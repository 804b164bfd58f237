import {
  AuthService,
  DatabaseService,
  LoggerService,
  PermissionsService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  EntityPermissions,
  PlatformCatalog,
  PlatformGraphProvider,
  ResolvedPlatform,
} from './core/catalog';
import {
  MetricIngestService,
  MetricStore,
  SnapshotStore,
} from './core/metrics';
import { AdoptionService } from './features/adoption';
import {
  AnnouncementStore,
  createAnnouncementServices,
} from './features/announcements';
import {
  createDeprecationServices,
  DeprecationSettings,
  DeprecationStore,
} from './features/deprecations';
import {
  EntityCardService,
  EntityPlatformsService,
} from './features/entityCard';
import { createFeedbackServices, FeedbackStore } from './features/feedback';
import { createObjectiveServices, ObjectiveStore } from './features/objectives';
import { PlatformListService } from './features/platforms';
import { GroupPictureService } from './features/groups';
import {
  DataSourceService,
  DataSourceStore,
  MetricProviderRegistry,
  MetricPullService,
} from './features/dataSources';
import {
  PortfolioDrillDown,
  PortfolioHistory,
  PortfolioService,
  PortfolioSnapshotter,
  PortfolioStore,
  PortfolioTrendsService,
} from './features/portfolio';
import { PortfolioFactSource, SnapshotRefresher } from './ports';
import {
  createRoadmapServices,
  RoadmapSettings,
  RoadmapStore,
} from './features/roadmap';
import { ScorecardService, SnapshotService } from './features/scorecards';
import { SloStatusService } from './features/slos';
import {
  createSurveyServices,
  SurveySettings,
  SurveyStore,
} from './features/surveys';

/**
 * Opens the plugin's stores over its database; the migrations run once, with the first.
 *
 * @param options - with:
 *   - `cardReadsTtlMs`: how long the roadmap, announcement and survey rows every service card
 *   reads are reused on this replica (`SharedRead`); default 5 s
 * @internal
 */
export async function openStores(
  database: DatabaseService,
  options?: { cardReadsTtlMs?: number },
) {
  const sharedReadTtlMs = options?.cardReadsTtlMs;
  return {
    metrics: await MetricStore.create({ database }),
    snapshotStore: await SnapshotStore.create({ database }),
    deprecationStore: await DeprecationStore.create({ database }),
    objectiveStore: await ObjectiveStore.create({ database }),
    announcementStore: await AnnouncementStore.create({
      database,
      sharedReadTtlMs,
    }),
    surveyStore: await SurveyStore.create({ database, sharedReadTtlMs }),
    roadmapStore: await RoadmapStore.create({ database, sharedReadTtlMs }),
    feedbackStore: await FeedbackStore.create({ database }),
    portfolioStore: await PortfolioStore.create({ database }),
    dataSourceStore: await DataSourceStore.create({ database }),
  };
}

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
 * @param options - with:
 *   - `catalogGraphTtlMs`: how long the catalog graph that adoption is computed from is
 *   reused
 *   - `adoptionTtlMs`: how long a platform's computed adoption is reused
 *   - `sloStatusTtlMs`: how long a platform's SLO statuses are reused
 *   - `scorecardTtlMs`: how long a platform's metric KPIs are reused (default 0: computed on
 *   every read)
 *   - `orgGroupTypes`: the group types adoption is rolled up by
 *   - `deprecations`: `platformProduct.deprecations` settings
 *   - `surveys`: `platformProduct.surveys` settings
 *   - `roadmapSettings`: `platformProduct.roadmap` settings
 * @internal
 */
export function createPlatformProductServices(options: {
  metrics: MetricStore;
  snapshotStore: SnapshotStore;
  catalog: CatalogService;
  auth: AuthService;
  permissions: PermissionsService;
  notifications: NotificationService;
  logger: LoggerService;
  now?: () => Date;
  catalogGraphTtlMs: number;
  adoptionTtlMs: number;
  sloStatusTtlMs: number;
  scorecardTtlMs?: number;
  orgGroupTypes?: readonly string[];
  deprecationStore: DeprecationStore;
  deprecations?: DeprecationSettings;
  objectiveStore: ObjectiveStore;
  announcementStore: AnnouncementStore;
  surveyStore: SurveyStore;
  surveys?: SurveySettings;
  roadmapStore: RoadmapStore;
  feedbackStore: FeedbackStore;
  portfolioStore: PortfolioStore;
  dataSourceStore: DataSourceStore;
  /** The metric providers the installed modules registered (empty: every metric is pushed). */
  metricProviders?: MetricProviderRegistry;
  pullIntervalMinutes?: number;
  pullTimeoutMs?: number;
  urlReader: UrlReaderService;
  roadmapSettings?: RoadmapSettings;
}) {
  const { metrics, snapshotStore, catalog, auth, logger } = options;
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
    store: metrics,
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
  const surveyServices = createSurveyServices({
    store: options.surveyStore,
    platformCatalog,
    graphs,
    entityPermissions,
    notifications: options.notifications,
    logger,
    now,
    orgGroupTypes: options.orgGroupTypes,
    settings: options.surveys,
  });
  const { surveys } = surveyServices;
  const scorecards = new ScorecardService({
    store: metrics,
    snapshots: snapshotStore,
    graphs,
    now,
    cacheTtlMs: options.scorecardTtlMs ?? 0,
    logger,
    surveyNps: platformRef => surveys.npsOfClosedRounds(platformRef),
    deprecationDebt: platformRef =>
      deprecationServices.deprecations.debtOf(platformRef),
  });
  const objectiveServices = createObjectiveServices({
    objectiveStore: options.objectiveStore,
    metrics,
    snapshots: snapshotStore,
    graphs,
    platformCatalog,
    scorecards,
    sloStatus,
    deprecationConsumers: deprecationServices.deprecations,
    entityPermissions,
    now,
  });
  const announcementServices = createAnnouncementServices({
    announcementStore: options.announcementStore,
    graphs,
    entityPermissions,
    notifications: options.notifications,
    logger,
    now,
  });
  const feedbackServices = createFeedbackServices({
    store: options.feedbackStore,
    comments: surveys.comments,
    // The roadmap's items, read from its store: the roadmap itself is wired below, with this
    // feature as the source of its items' evidence.
    items: {
      find: (platformRef, itemId) =>
        options.roadmapStore.getItem(platformRef, itemId),
    },
    graphs,
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
    audience: announcementServices.announcements,
    evidence: feedbackServices.feedbackEvidence,
    catalog,
    auth,
    urlReader: options.urlReader,
    notifications: options.notifications,
    logger,
    now,
    settings: options.roadmapSettings,
  });
  const portfolioFacts: PortfolioFactSource = {
    sloStatuses: platform => sloStatus.getStatuses(platform.ref, platform.spec),
    kpiValues: (platform, adoption) =>
      scorecards.currentValues({ platform, adoption }),
    surveyNps: platformRef => surveys.npsOfClosedRounds(platformRef),
    deprecationDebt: platformRef =>
      deprecationServices.deprecations.debtOf(platformRef),
    objectives: async platform =>
      (await objectiveServices.objectives.list(platform)).items,
    investment: async platform => {
      const { investmentMix } = await roadmapServices.roadmap.getBoard(
        platform,
      );
      return {
        intended: investmentMix.intended,
        nowItems: Object.fromEntries(
          investmentMix.rows.map(row => [row.category, row.nowItems]),
        ),
      };
    },
  };
  const portfolioHistory = new PortfolioHistory({
    store: options.portfolioStore,
    snapshots: snapshotStore,
  });
  const portfolio = new PortfolioService({
    history: portfolioHistory,
    graphs,
    platformCatalog,
    now,
  });
  const snapshots = new SnapshotService({
    store: metrics,
    snapshotStore,
    graphs,
    scorecards,
    logger,
    now,
  });
  const portfolioSnapshots = new PortfolioSnapshotter({
    store: options.portfolioStore,
    graphs,
    facts: portfolioFacts,
    logger,
    now,
  });
  const metricProviders =
    options.metricProviders ?? new MetricProviderRegistry();
  const pullIntervalMinutes = options.pullIntervalMinutes ?? 5;
  const entityPlatforms = new EntityPlatformsService({
    platformCatalog,
    graphs,
    sloStatus,
  });
  return {
    now,
    ...objectiveServices,
    ...announcementServices,
    ...roadmapServices,
    ...feedbackServices,
    platformCatalog,
    entityPermissions,
    ...deprecationServices,
    sloStatus,
    scorecards,
    ...surveyServices,
    adoption: new AdoptionService({ snapshots: snapshotStore, graphs, now }),
    snapshots,
    entityPlatforms,
    portfolio,
    portfolioTrends: new PortfolioTrendsService({
      portfolio,
      history: portfolioHistory,
      facts: portfolioFacts,
    }),
    portfolioDrillDown: new PortfolioDrillDown({
      portfolio,
      history: portfolioHistory,
    }),
    portfolioSnapshots,
    snapshotRefresher: {
      // The owners' "refresh now" takes today's adoption, scorecard and portfolio snapshots.
      refresh: async (platform: ResolvedPlatform) => {
        await snapshots.refresh(platform);
        await portfolioSnapshots.snapshot(platform);
      },
    } satisfies SnapshotRefresher,
    groupPictures: new GroupPictureService({
      catalog,
      platformCatalog,
      graphs,
      deprecations: deprecationServices.deprecations,
      surveys,
      keyResults: objectiveServices.groupKeyResults,
      now,
    }),
    pullIntervalMinutes,
    metricPulls: new MetricPullService({
      registry: metricProviders,
      store: options.dataSourceStore,
      metrics,
      graphs,
      catalog,
      auth,
      logger,
      now,
      pullTimeoutMs: options.pullTimeoutMs ?? 30_000,
      onPulled: platformRef => {
        sloStatus.invalidate([platformRef]);
        scorecards.invalidate([platformRef]);
      },
    }),
    dataSources: new DataSourceService({
      registry: metricProviders,
      store: options.dataSourceStore,
      metrics,
      graphs,
      pullIntervalMinutes,
      now,
    }),
    entityCard: new EntityCardService({
      entityPlatforms,
      roadmap: roadmapServices.roadmap,
      announcements: announcementServices.announcements,
      surveyPrompts: surveys,
      deprecations: deprecationServices.deprecations,
    }),
    platformList: new PlatformListService({
      platformCatalog,
      graphs,
      sloStatus,
    }),
    ingest: new MetricIngestService({
      store: metrics,
      catalog,
      auth,
      now,
      onIngested: entityRefs => {
        sloStatus.invalidate(entityRefs);
        scorecards.invalidate(entityRefs);
      },
    }),
  };
}
