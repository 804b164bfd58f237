import { Entity } from '@backstage/catalog-model';
import { PERSONA_KIND } from '../core/constants';
import { resolveEntityRef } from '../core/refs';
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
 * The full refs of the personas a platform serves, without duplicates, in the order declared.
 *
 * @public
 */
export function getServedPersonaRefs(
  platform: Entity,
  spec: PlatformSpec,
): string[] {
  const refs = spec.personas.map((ref, index) =>
    resolveEntityRef({
      ref,
      defaultKind: PERSONA_KIND.toLocaleLowerCase('en-US'),
      defaultNamespace: platform.metadata.namespace ?? 'default',
      field: `spec.platform.personas[${index}]`,
    }),
  );
  return [...new Set(refs)];
}
