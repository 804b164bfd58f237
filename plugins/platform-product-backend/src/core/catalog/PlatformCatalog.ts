import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  isPlatformEntity,
  PlatformSpec,
} from '@platform-product/backstage-plugin-platform-product-common';
import { platformSpecOf } from './platformSpecOf';

/** What the platform endpoints read of a platform entity. */
const PLATFORM_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.description',
  // The version of the entity, so that its declaration is parsed once (platformSpecOf).
  'metadata.uid',
  'metadata.etag',
  'spec.platform',
  'relations',
];

const SPEC_PLATFORM_DOCS =
  'docs/catalog-model.md, "spec.platform — a platform product"';

/**
 * A platform product as the caller sees it in the catalog.
 *
 * @internal
 */
export interface ResolvedPlatform {
  /** Lower-case entity ref. */
  ref: string;
  entity: Entity;
  spec: PlatformSpec;
}

/**
 * Reads entities and platforms from the catalog with the caller's credentials, so that nobody sees
 * through this plugin what the catalog hides from them.
 *
 * @internal
 */
export class PlatformCatalog {
  constructor(private readonly catalog: CatalogService) {}

  /**
   * The platform with this ref.
   *
   * @throws NotFoundError when the caller cannot see such an entity, or when it has no valid
   *   `spec.platform`
   */
  async getPlatform(
    ref: string,
    credentials: BackstageCredentials,
  ): Promise<ResolvedPlatform> {
    const [platform] = await this.getPlatforms([ref], credentials, {
      required: true,
    });
    return platform;
  }

  /**
   * The platforms among these refs that the caller can see and that have a valid `spec.platform`,
   * in the order given. With `required`, a ref that is missing or not a platform is an error instead.
   */
  async getPlatforms(
    refs: readonly string[],
    credentials: BackstageCredentials,
    options?: { required?: boolean },
  ): Promise<ResolvedPlatform[]> {
    if (refs.length === 0) {
      return [];
    }
    const { items } = await this.catalog.getEntitiesByRefs(
      { entityRefs: [...refs], fields: PLATFORM_FIELDS },
      { credentials },
    );
    return toPlatforms(refs, items, options?.required);
  }

  /**
   * The platforms among `platformRefs` that the caller can see, as {@link getPlatforms}, read in the
   * same catalog request as the entity they are asked for.
   *
   * @throws NotFoundError when the caller cannot see the entity
   */
  async getPlatformsForEntity(
    entityRef: string,
    platformRefs: readonly string[],
    credentials: BackstageCredentials,
  ): Promise<ResolvedPlatform[]> {
    const { items } = await this.catalog.getEntitiesByRefs(
      { entityRefs: [entityRef, ...platformRefs], fields: PLATFORM_FIELDS },
      { credentials },
    );
    if (!items[0]) {
      throw notFoundError(entityRef);
    }
    return toPlatforms(platformRefs, items.slice(1));
  }
}

function toPlatforms(
  refs: readonly string[],
  items: ReadonlyArray<Entity | undefined>,
  required?: boolean,
): ResolvedPlatform[] {
  const platforms: ResolvedPlatform[] = [];
  items.forEach((entity, i) => {
    const spec = entity && platformSpecOf(entity);
    if (entity && spec) {
      platforms.push({ ref: stringifyEntityRef(entity), entity, spec });
    } else if (required) {
      throw entity
        ? notAPlatformError(refs[i], entity)
        : notFoundError(refs[i]);
    }
  });
  return platforms;
}

/**
 * The owners of an entity (its `ownedBy` relations), lower case, sorted.
 *
 * @internal
 */
export function entityOwnerRefs(entity: Entity | undefined): string[] {
  return (entity?.relations ?? [])
    .filter(relation => relation.type === RELATION_OWNED_BY)
    .map(relation => relation.targetRef.toLowerCase())
    .sort();
}

/**
 * A platform's name as people read it: the entity's title, else its name.
 *
 * @internal
 */
export function platformTitle(
  platform: Pick<ResolvedPlatform, 'entity'>,
): string {
  return platform.entity.metadata.title ?? platform.entity.metadata.name;
}

/**
 * The owners of a platform (its `ownedBy` relations), sorted.
 *
 * @internal
 */
export function platformOwnerRefs(platform: ResolvedPlatform): string[] {
  return entityOwnerRefs(platform.entity);
}

function notFoundError(ref: string): NotFoundError {
  return new NotFoundError(
    `${ref} was not found in the catalog; check the kind, namespace and name`,
  );
}

function notAPlatformError(ref: string, entity: Entity): NotFoundError {
  return new NotFoundError(
    isPlatformEntity(entity)
      ? `${ref} is not a platform product: its spec.platform block is invalid, and the catalog lists what is wrong in the entity's processing errors; fix it as ${SPEC_PLATFORM_DOCS} describes`
      : `${ref} is not a platform product: it has no spec.platform block; add one as ${SPEC_PLATFORM_DOCS} describes`,
  );
}
