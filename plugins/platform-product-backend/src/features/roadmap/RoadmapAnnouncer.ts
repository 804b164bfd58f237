import { platformTabPath } from '@platform-product/backstage-plugin-platform-product-common';
import { LoggerService } from '@backstage/backend-plugin-api';
import { PlatformAudience, RoadmapEvidenceSource } from '../../ports';
import { roadmapAnnouncement } from './roadmapAnnouncement';
import { RoadmapItemRecord } from './RoadmapStore';

/**
 * Tells a platform's audience that an item moved to Now or shipped, and, when it shipped, the
 * people whose feedback backs it; after a portal write or an import. A failure to notify is logged
 * and never fails the write.
 *
 * @internal
 */
export class RoadmapAnnouncer {
  constructor(
    private readonly options: {
      audience: PlatformAudience;
      evidence: Pick<RoadmapEvidenceSource, 'itemShipped'>;
      logger: LoggerService;
    },
  ) {}

  async announce(
    platformTitle: string,
    before: Pick<RoadmapItemRecord, 'horizon' | 'status'> | undefined,
    after: RoadmapItemRecord,
  ): Promise<void> {
    const payload = roadmapAnnouncement(before, after, platformTitle);
    if (payload) {
      try {
        await this.options.audience.notify(after.platformRef, payload);
      } catch (error) {
        this.options.logger.warn(
          `Could not notify the audience of ${after.platformRef} about roadmap item ${after.id}: ${error}`,
        );
      }
    }
    if (before && before.status !== 'shipped' && after.status === 'shipped') {
      try {
        await this.options.evidence.itemShipped(
          {
            id: after.id,
            platformRef: after.platformRef,
            title: after.title,
            problem: after.problem,
            link: platformTabPath(after.platformRef, 'roadmap'),
          },
          platformTitle,
        );
      } catch (error) {
        this.options.logger.warn(
          `Could not tell the backers of roadmap item ${after.id} of ${after.platformRef} that it shipped: ${error}`,
        );
      }
    }
  }
}
