import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  EntityPlatforms,
  worstSloHealth,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  PlatformCatalog,
  platformTitle,
} from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { SloStatusSource } from '../../ports';

/**
 * What the card on every service page shows, in one answer: each platform the entity relies on
 * (directly or through its system), how it gets there, its SLO health and its support promise.
 *
 * Fast by construction: the platforms used come from a map built once per catalog graph load, the
 * entity and those platforms are read in one catalog request with the caller's credentials, and
 * SLO statuses come from a short-lived cache fed by a few aggregate queries per platform.
 *
 * @internal
 */
export class EntityPlatformsService {
  constructor(
    private readonly options: {
      platformCatalog: PlatformCatalog;
      graphs: PlatformGraphProvider;
      sloStatus: SloStatusSource;
    },
  ) {}

  async getEntityPlatforms(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<EntityPlatforms> {
    const graph = await this.options.graphs.get();
    const uses = graph.platformsUsedBy(entityRef);
    const platforms = await this.options.platformCatalog.getPlatformsForEntity(
      entityRef,
      uses.map(use => use.platformRef),
      credentials,
    );
    const items = await Promise.all(
      platforms.map(async platform => {
        const statuses = await this.options.sloStatus.getStatuses(
          platform.ref,
          platform.spec,
        );
        return {
          platformRef: platform.ref,
          title: platformTitle(platform),
          category: platform.spec.category,
          via: uses.find(use => use.platformRef === platform.ref)!.via,
          health: worstSloHealth(statuses.map(status => status.health)),
          slos: statuses.map(status => ({
            name: status.name,
            displayName: status.displayName,
            target: status.target,
            attainment: status.attainment,
            budgetRemaining: status.budget?.remaining ?? null,
            health: status.health,
          })),
          support: platform.spec.support ?? null,
          links: platform.spec.links ?? [],
        };
      }),
    );
    return { entityRef, items };
  }
}
