import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  getServedPersonaRefs,
  PlatformList,
  PlatformSummary,
  worstSloHealth,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  PlatformCatalog,
  platformOwnerRefs,
} from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { SloStatusSource } from '../../ports';

/**
 * Every platform product in the catalog that the caller can see, with its adoption and SLO health.
 *
 * @internal
 */
export class PlatformListService {
  constructor(
    private readonly options: {
      platformCatalog: PlatformCatalog;
      graphs: PlatformGraphProvider;
      sloStatus: SloStatusSource;
    },
  ) {}

  async listPlatforms(
    credentials: BackstageCredentials,
  ): Promise<PlatformList> {
    const graph = await this.options.graphs.get();
    const platforms = await this.options.platformCatalog.getPlatforms(
      graph.platforms().map(platform => platform.ref),
      credentials,
    );
    const items: PlatformSummary[] = [];
    // One platform at a time: an adoption that is not cached yet takes a while on a large catalog,
    // and other requests get their turn in between.
    for (const platform of platforms) {
      const { metadata } = platform.entity;
      const statuses = await this.options.sloStatus.getStatuses(
        platform.ref,
        platform.spec,
      );
      const { teams } = await this.options.graphs.adoption(platform);
      items.push({
        entityRef: platform.ref,
        title: metadata.title ?? metadata.name,
        ...(metadata.description ? { description: metadata.description } : {}),
        category: platform.spec.category,
        ownerRefs: platformOwnerRefs(platform),
        personaRefs: getServedPersonaRefs(platform.entity, platform.spec),
        adoption: {
          adopting: teams.adopting,
          audience: teams.audience,
          ratio: teams.ratio,
          stage: teams.stage,
        },
        sloHealth: worstSloHealth(statuses.map(status => status.health)),
      });
    }
    return { items };
  }
}
