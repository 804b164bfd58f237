import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import type { NotificationPayload } from '@backstage/plugin-notifications-common';
import { AnnouncementStore } from './AnnouncementStore';
import { PlatformAudience } from '../../ports';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';

/**
 * The people who care about a platform: the users who follow it and the owners of the entities that
 * consume it (from the catalog graph). One notification goes to all of them together, so the
 * notifications backend, which resolves groups to their members and removes duplicates, delivers it
 * to each person once, however many ways they are connected to the platform.
 *
 * @internal
 */
export class PlatformAudienceService implements PlatformAudience {
  constructor(
    private readonly options: {
      store: AnnouncementStore;
      graphs: PlatformGraphProvider;
      notifications: NotificationService;
      logger: LoggerService;
    },
  ) {}

  /** The entity refs the notification goes to, each once, sorted: followers and consumer owners. */
  async recipients(platformRef: string): Promise<string[]> {
    const ref = platformRef.toLocaleLowerCase('en-US');
    const followers = await this.options.store.listFollowers(ref);
    const platform = (await this.options.graphs.get())
      .platforms()
      .find(p => p.ref === ref);
    const owners = platform
      ? (await this.options.graphs.adoption(platform)).consumers.flatMap(
          consumer => consumer.ownerRefs,
        )
      : [];
    return [
      ...new Set(
        [...followers, ...owners].map(r => r.toLocaleLowerCase('en-US')),
      ),
    ].sort();
  }

  /**
   * Notifies the platform's audience. `excludeEntityRef` (e.g. the person who posted) is left out.
   */
  async notify(
    platformRef: string,
    payload: NotificationPayload,
    options?: { excludeEntityRef?: string },
  ): Promise<void> {
    const entityRef = await this.recipients(platformRef);
    if (entityRef.length === 0) {
      return;
    }
    await this.options.notifications.send({
      recipients: {
        type: 'entity',
        entityRef,
        ...(options?.excludeEntityRef
          ? { excludeEntityRef: options.excludeEntityRef }
          : {}),
      },
      payload,
    });
  }
}
