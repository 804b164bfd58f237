import { platformTabPath } from '@platform-product/backstage-plugin-platform-product-common';
import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { RoadmapStore } from './RoadmapStore';
import { entityOwnerRefs } from '../../core/catalog/PlatformCatalog';

/**
 * Reminds a platform's owners, once per item, that a shipped item's outcome review is due: whether
 * its hypothesis held. Safe to run on several replicas at once: each reminder is claimed with a
 * conditional update before it is sent, and released again if it could not be sent.
 *
 * @internal
 */
export class RoadmapReviewReminder {
  constructor(
    private readonly options: {
      store: RoadmapStore;
      catalog: CatalogService;
      auth: AuthService;
      notifications: NotificationService;
      logger: LoggerService;
      now: () => Date;
    },
  ) {}

  /** Sends the reminders that are due; returns how many were sent. */
  async remindDue(): Promise<number> {
    const { store, catalog, auth, notifications, logger } = this.options;
    const now = this.options.now().getTime();
    const due = await store.listDueReviews(now);
    if (due.length === 0) return 0;
    const credentials = await auth.getOwnServiceCredentials();
    const platformRefs = [...new Set(due.map(item => item.platformRef))];
    const { items: platforms } = await catalog.getEntitiesByRefs(
      { entityRefs: platformRefs, fields: ['kind', 'metadata', 'relations'] },
      { credentials },
    );
    const owners = new Map(
      platformRefs.map((ref, i) => [ref, entityOwnerRefs(platforms[i])]),
    );
    let sent = 0;
    for (const item of due) {
      const recipients = owners.get(item.platformRef) ?? [];
      if (recipients.length === 0) {
        logger.warn(
          `Outcome review of roadmap item ${item.id} is due, but ${item.platformRef} has no owner in the catalog to remind`,
        );
        continue;
      }
      if (!(await store.claimReviewReminder(item.id, now))) continue;
      try {
        await notifications.send({
          recipients: { type: 'entity', entityRef: recipients },
          payload: {
            title: `Outcome review due: ${item.title}`,
            description: `"${item.title}" shipped on ${new Date(
              item.shippedAt ?? now,
            )
              .toISOString()
              .slice(0, 10)}. Record whether its hypothesis held: ${
              item.hypothesis
            }`,
            link: platformTabPath(item.platformRef, 'roadmap'),
            severity: 'normal',
            topic: `platform-product:roadmap-review:${item.platformRef}`,
          },
        });
        sent++;
      } catch (error) {
        await store.releaseReviewReminder(item.id);
        logger.warn(
          `Could not remind the owners of ${item.platformRef} of the outcome review of roadmap item ${item.id}: ${error}`,
        );
      }
    }
    return sent;
  }
}
