import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { AnnouncementStore } from '../../database/AnnouncementStore';
import { MetricSeriesReader } from '../../database/MetricSeriesReader';
import { ObjectiveStore } from '../../database/ObjectiveStore';
import { PlatformProductStore } from '../../database/PlatformProductStore';
import { AnnouncementService } from '../announcements/AnnouncementService';
import { PlatformAudienceService } from '../announcements/PlatformAudienceService';
import { EntityPermissions } from '../EntityPermissions';
import { PlatformGraphProvider } from '../PlatformGraphProvider';
import { ScorecardService } from '../ScorecardService';
import { SloStatusService } from '../SloStatusService';
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
