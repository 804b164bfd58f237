import { Readable } from 'node:stream';
import {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import {
  PLATFORM_PRODUCT_SEARCH_TYPE,
  PlatformProductSearchDocument,
} from '@platform-product/backstage-plugin-platform-product-common';
import { collateDocuments, refsToRead } from './documents';
import {
  AnnouncementFacts,
  PlatformProductReader,
} from './PlatformProductReader';

/** How many platforms' announcements are read at once. */
const ANNOUNCEMENT_READS = 4;

/**
 * Collates the Platform Product documents: the platforms, their roadmap items and their relevant
 * announcements, read over the backend's REST API with the search module's own credentials. Each
 * document names its platform in `authorization.resourceRef`, and `visibilityPermission` is
 * `catalog.entity.read`, so the search backend shows a document only to those who may see its
 * platform in the catalog.
 */
export class PlatformProductCollatorFactory implements DocumentCollatorFactory {
  readonly type = PLATFORM_PRODUCT_SEARCH_TYPE;
  readonly visibilityPermission = catalogEntityReadPermission;
  private readonly reader: PlatformProductReader;

  constructor(
    private readonly options: {
      auth: AuthService;
      discovery: DiscoveryService;
      logger: LoggerService;
      /** The clock, in milliseconds since the epoch; `Date.now` by default. */
      now?: () => number;
    },
  ) {
    this.reader = new PlatformProductReader(options);
  }

  async getCollator(): Promise<Readable> {
    return Readable.from(await this.collate());
  }

  /** Reads everything first, so a failed read fails the collation before a document is indexed. */
  async collate(): Promise<PlatformProductSearchDocument[]> {
    const now = (this.options.now ?? Date.now)();
    const [platforms, roadmapItems] = await Promise.all([
      this.reader.listPlatforms(),
      this.reader.listRoadmapItems(),
    ]);
    const [announcements, entities] = await Promise.all([
      this.readAnnouncements(platforms.map(p => p.entityRef)),
      this.reader.readEntities(refsToRead(platforms, roadmapItems)),
    ]);
    const documents = collateDocuments({
      platforms,
      roadmapItems,
      announcements,
      entities,
      now,
    });
    this.options.logger.info(
      `Collated ${documents.length} Platform Product documents: ${platforms.length} platforms, their roadmap items and relevant announcements`,
    );
    return documents;
  }

  private async readAnnouncements(
    platformRefs: string[],
  ): Promise<AnnouncementFacts[]> {
    const read: AnnouncementFacts[] = [];
    const queue = [...platformRefs];
    const worker = async () => {
      for (let ref = queue.shift(); ref; ref = queue.shift()) {
        const items = await this.reader.listAnnouncements(ref);
        if (items) {
          read.push(...items);
        } else {
          this.options.logger.info(
            `Left out the announcements of ${ref}: the platform was removed from the catalog during the collation`,
          );
        }
      }
    };
    await Promise.all(
      Array.from(
        { length: Math.min(ANNOUNCEMENT_READS, platformRefs.length) },
        worker,
      ),
    );
    return read;
  }
}
