import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { PERSONA_KIND } from './constants';
import { deprecationSpecSchema, platformSpecSchema } from './metadataSchemas';
import type { DeprecationSpec, PlatformSpec } from './types';

/**
 * Whether an entity declares a `spec.platform` block, valid or not. Use {@link getPlatformSpec} to
 * read it: an invalid block is reported by the catalog module and never used for computations.
 *
 * @public
 */
export function isPlatformEntity(entity: Entity): boolean {
  const platform = (entity.spec as Record<string, unknown> | undefined)
    ?.platform;
  return typeof platform === 'object' && platform !== null;
}

/**
 * The entity's `spec.platform`, when present and valid.
 *
 * @public
 */
export function getPlatformSpec(entity: Entity): PlatformSpec | undefined {
  const result = platformSpecSchema.safeParse(
    (entity.spec as Record<string, unknown> | undefined)?.platform,
  );
  return result.success ? result.data : undefined;
}

/**
 * The entity's `spec.deprecation`, when present and valid.
 *
 * @public
 */
export function getDeprecationSpec(
  entity: Entity,
): DeprecationSpec | undefined {
  const result = deprecationSpecSchema.safeParse(
    (entity.spec as Record<string, unknown> | undefined)?.deprecation,
  );
  return result.success ? result.data : undefined;
}

/**
 * Resolves a reference written in an entity's metadata to a full entity ref, the way the catalog
 * does: the kind defaults to `defaultKind`, the namespace to the referring entity's namespace.
 *
 * @public
 */
export function resolveEntityRef(
  ref: string,
  context: { defaultKind: string; from: Entity },
): string {
  return stringifyEntityRef(
    parseEntityRef(ref, {
      defaultKind: context.defaultKind,
      defaultNamespace: context.from.metadata.namespace ?? 'default',
    }),
  );
}

/**
 * The full refs of the personas a platform serves.
 *
 * @public
 */
export function getServedPersonaRefs(
  platform: Entity,
  spec: PlatformSpec,
): string[] {
  return spec.personas.map(ref =>
    resolveEntityRef(ref, { defaultKind: PERSONA_KIND, from: platform }),
  );
}
