import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { AnnouncementStore } from '../announcements/AnnouncementStore';
import { MetricSeriesReader } from '../../core/metrics/MetricSeriesReader';
import { ObjectiveStore } from './ObjectiveStore';
import { PlatformProductStore } from '../../core/metrics/PlatformProductStore';
import { AnnouncementService } from '../announcements/AnnouncementService';
import { PlatformAudienceService } from '../announcements/PlatformAudienceService';
import { EntityPermissions } from '../../core/catalog/EntityPermissions';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { ScorecardService } from '../scorecards/ScorecardService';
import { SloStatusService } from '../slos/SloStatusService';
import { KeyResultSeries } from './KeyResultSeries';
import { ObjectiveService } from './ObjectiveService';

/**
 * Wires objectives with key results (`objectives`, also the roadmap's `KeyResultLookup`) and
 * announcements with follows (`announcements`, also the roadmap's `PlatformAudience`).
 *
 * @internal
 */
export function createObjectiveServices(options: {
  objectiveStore: ObjectiveStore;
  announcementStore: AnnouncementStore;
  metricSeries: MetricSeriesReader;
  store: PlatformProductStore;
  graphs: PlatformGraphProvider;
  scorecards: ScorecardService;
  sloStatus: SloStatusService;
  entityPermissions: EntityPermissions;
  notifications: NotificationService;
  logger: LoggerService;
  now: () => Date;
}) {
  const { graphs, entityPermissions, logger, now } = options;
  const series = new KeyResultSeries({
    store: options.store,
    series: options.metricSeries,
    graphs,
    scorecards: options.scorecards,
    sloStatus: options.sloStatus,
    now,
  });
  const audience = new PlatformAudienceService({
    store: options.announcementStore,
    graphs,
    notifications: options.notifications,
    logger,
  });
  return {
    objectives: new ObjectiveService({
      store: options.objectiveStore,
      series,
      graphs,
      entityPermissions,
      now,
    }),
    announcements: new AnnouncementService({
      store: options.announcementStore,
      audience,
      entityPermissions,
      logger,
      now,
    }),
  };
}
