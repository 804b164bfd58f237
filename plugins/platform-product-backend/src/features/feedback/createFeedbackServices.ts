import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { EntityPermissions } from '../../core/catalog/EntityPermissions';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { RoadmapItemLookup, SurveyCommentSource } from '../../ports';
import { FeedbackEvidenceService } from './FeedbackEvidenceService';
import { FeedbackNotifier } from './FeedbackNotifier';
import { FeedbackStore } from './FeedbackStore';

/**
 * Wires the feedback that backs roadmap items: linking and recording it (`feedbackEvidence`), which
 * is also what the roadmap reads for its items' summaries and calls when an item ships.
 *
 * @param options - with:
 *   - `comments`: the surveys feature's comments and who may read them
 *   - `items`: the roadmap's items
 * @internal
 */
export function createFeedbackServices(options: {
  store: FeedbackStore;
  comments: SurveyCommentSource;
  items: RoadmapItemLookup;
  graphs: PlatformGraphProvider;
  entityPermissions: EntityPermissions;
  notifications: NotificationService;
  logger: LoggerService;
  now: () => Date;
}) {
  return {
    feedbackEvidence: new FeedbackEvidenceService({
      ...options,
      notifier: new FeedbackNotifier(options),
    }),
  };
}
