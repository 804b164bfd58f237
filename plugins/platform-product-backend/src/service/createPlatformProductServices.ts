import {
  AuthService,
  LoggerService,
  PermissionsService,
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
  const scorecards = new ScorecardService({ store, graphs, now });
  return {
    now,
    platformCatalog,
    entityPermissions: new EntityPermissions(options.permissions),
    sloStatus,
    scorecards,
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
