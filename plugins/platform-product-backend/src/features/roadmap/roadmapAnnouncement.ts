import { platformTabPath } from '@platform-product/backstage-plugin-platform-product-common';
import type { NotificationPayload } from '@backstage/plugin-notifications-common';
import { RoadmapItemRecord } from './RoadmapStore';

/**
 * What to tell a platform's audience about a change of an item: that it moved to Now, or that it
 * shipped; nothing for other changes (and nothing for new items).
 */
export function roadmapAnnouncement(
  before: Pick<RoadmapItemRecord, 'horizon' | 'status'> | undefined,
  after: RoadmapItemRecord,
  platformTitle: string,
): NotificationPayload | undefined {
  if (!before) return undefined;
  const link = platformTabPath(after.platformRef, 'roadmap');
  const topic = `platform-product:roadmap:${after.platformRef}`;
  if (after.status === 'shipped' && before.status !== 'shipped') {
    return {
      title: `Shipped on ${platformTitle}: ${after.title}`,
      description: `${after.problem}\n\nHypothesis: ${after.hypothesis}`,
      link,
      severity: 'normal',
      topic,
    };
  }
  if (
    after.horizon === 'now' &&
    before.horizon !== 'now' &&
    after.status !== 'dropped'
  ) {
    return {
      title: `Now on ${platformTitle}: ${after.title}`,
      description: after.problem,
      link,
      severity: 'normal',
      topic,
    };
  }
  return undefined;
}
