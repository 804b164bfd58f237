import {
  AuthService,
  LoggerService,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { RoadmapStore } from './RoadmapStore';
import { EntityPermissions } from '../../core/catalog/EntityPermissions';
import {
  KeyResultLookup,
  PlatformAudience,
  RoadmapEvidenceSource,
} from '../../ports';
import { PlatformCatalog } from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { RoadmapFileReader } from './RoadmapFileReader';
import { RoadmapImporter } from './RoadmapImporter';
import { RoadmapReviewReminder } from './RoadmapReviewReminder';
import { RoadmapAnnouncer } from './RoadmapAnnouncer';
import { RoadmapItemValidator } from './RoadmapItemValidator';
import { RoadmapReadService } from './RoadmapReadService';
import { RoadmapWriteService } from './RoadmapWriteService';

/**
 * `platformProduct.roadmap` settings.
 *
 * @internal
 */
export interface RoadmapSettings {
  /** Days after shipping at which an item's outcome review is due. Default 56 (8 weeks). */
  outcomeReviewDelayDays?: number;
}

/** The outcome review delay when none is configured: 8 weeks. */
export const DEFAULT_OUTCOME_REVIEW_DELAY_DAYS = 56;

/**
 * Wires the roadmap: what it shows (`roadmap`: boards, items, history, the cross-platform roadmap
 * and an entity's Now items), the owners' changes (`roadmapWrites`), the roadmap file import and
 * export (`roadmapImporter`) and the outcome review reminders (`roadmapReviews`).
 *
 * @param options - with:
 *   - `keyResults`: the objectives feature's key results, to link items to
 *   - `audience`: who hears of items that move to Now or ship
 *   - `evidence`: the feedback that backs items: their summaries, and telling the backers of an
 *   item that shipped
 * @internal
 */
export function createRoadmapServices(options: {
  store: RoadmapStore;
  platformCatalog: PlatformCatalog;
  graphs: PlatformGraphProvider;
  entityPermissions: EntityPermissions;
  keyResults: KeyResultLookup;
  audience: PlatformAudience;
  evidence: RoadmapEvidenceSource;
  catalog: CatalogService;
  auth: AuthService;
  urlReader: UrlReaderService;
  notifications: NotificationService;
  logger: LoggerService;
  now: () => Date;
  settings?: RoadmapSettings;
}) {
  const outcomeReviewDelayDays =
    options.settings?.outcomeReviewDelayDays ??
    DEFAULT_OUTCOME_REVIEW_DELAY_DAYS;
  const roadmap = new RoadmapReadService(options);
  const validator = new RoadmapItemValidator(options);
  const announcer = new RoadmapAnnouncer(options);
  return {
    roadmap,
    roadmapWrites: new RoadmapWriteService({
      ...options,
      reads: roadmap,
      validator,
      announcer,
      outcomeReviewDelayDays,
    }),
    roadmapImporter: new RoadmapImporter({
      ...options,
      validator,
      announcer,
      reader: new RoadmapFileReader(options.urlReader),
      outcomeReviewDelayDays,
    }),
    roadmapReviews: new RoadmapReviewReminder(options),
  };
}
