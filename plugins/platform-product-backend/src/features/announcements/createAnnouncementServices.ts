import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { EntityPermissions } from '../../core/catalog/EntityPermissions';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { AnnouncementService } from './AnnouncementService';
import { AnnouncementStore } from './AnnouncementStore';
import { PlatformAudienceService } from './PlatformAudienceService';

/**
 * Wires announcements with follows (`announcements`, also the roadmap's `PlatformAudience` and the
 * entity card's `EntityAnnouncementSource`).
 *
 * @internal
 */
export function createAnnouncementServices(options: {
  announcementStore: AnnouncementStore;
  graphs: PlatformGraphProvider;
  entityPermissions: EntityPermissions;
  notifications: NotificationService;
  logger: LoggerService;
  now: () => Date;
}) {
  const { graphs, logger, now } = options;
  const audience = new PlatformAudienceService({
    store: options.announcementStore,
    graphs,
    notifications: options.notifications,
    logger,
  });
  return {
    announcements: new AnnouncementService({
      store: options.announcementStore,
      audience,
      entityPermissions: options.entityPermissions,
      logger,
      now,
    }),
  };
}
