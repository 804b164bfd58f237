import { LoggerService } from '@backstage/backend-plugin-api';
import { PlatformAudience } from '../../ports';
import { roadmapAnnouncement } from './roadmapAnnouncement';
import { RoadmapItemRecord } from './RoadmapStore';

/**
 * Tells a platform's audience that an item moved to Now or shipped, after a portal write or an
 * import; a failure to notify is logged and never fails the write.
 *
 * @internal
 */
export class RoadmapAnnouncer {
  constructor(
    private readonly options: {
      audience: PlatformAudience;
      logger: LoggerService;
    },
  ) {}

  async announce(
    platformTitle: string,
    before: Pick<RoadmapItemRecord, 'horizon' | 'status'> | undefined,
    after: RoadmapItemRecord,
  ): Promise<void> {
    const payload = roadmapAnnouncement(before, after, platformTitle);
    if (!payload) return;
    try {
      await this.options.audience.notify(after.platformRef, payload);
    } catch (error) {
      this.options.logger.warn(
        `Could not notify the audience of ${after.platformRef} about roadmap item ${after.id}: ${error}`,
      );
    }
  }
}
