import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { ShippedItem } from '../../ports';
import { FeedbackStore } from './FeedbackStore';

/** The topic of the notifications that tell backers an item shipped. */
export const FEEDBACK_SHIPPED_TOPIC = 'platform-product:feedback-shipped';

/**
 * Tells each person whose feedback backs an item that it shipped: once per person and item, even
 * when the item goes back and ships again, or two replicas see the change. Each person is told in a
 * notification addressed to them alone, so nobody, owners included, learns who else was told.
 *
 * @internal
 */
export class FeedbackNotifier {
  constructor(
    private readonly options: {
      store: FeedbackStore;
      notifications: NotificationService;
      logger: LoggerService;
      now: () => Date;
    },
  ) {}

  async itemShipped(
    item: ShippedItem,
    platformTitle: string,
    backers: readonly string[],
  ): Promise<number> {
    const { store, notifications, logger } = this.options;
    const claimed = await store.claimNotifications(
      item.id,
      backers,
      this.options.now().getTime(),
    );
    if (claimed.length === 0) return 0;
    const failed: string[] = [];
    for (const userRef of claimed) {
      try {
        await notifications.send({
          recipients: { type: 'entity', entityRef: userRef },
          payload: {
            title: `Something you asked for shipped: ${item.title}`,
            description: `${platformTitle} shipped "${item.title}", which your feedback backs. ${item.problem}`,
            link: item.link,
            severity: 'normal',
            topic: FEEDBACK_SHIPPED_TOPIC,
            scope: `feedback-shipped:${item.id}`,
          },
        });
      } catch (error) {
        failed.push(userRef);
        logger.warn(
          `Could not tell a backer of roadmap item ${item.id} of ${item.platformRef} that it shipped; they will be told when it ships again: ${error}`,
        );
      }
    }
    if (failed.length > 0) {
      await store.releaseNotifications(item.id, failed);
    }
    return claimed.length - failed.length;
  }
}
