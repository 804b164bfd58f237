import type { Entity } from '@backstage/catalog-model';
import { getDeprecationSpec } from '../catalog/platformEntity';

/**
 * Whether an entity carries a valid `spec.deprecation` block: the condition for showing its
 * deprecation tab.
 *
 * @public
 */
export function isDeprecatedEntity(entity: Entity): boolean {
  return getDeprecationSpec(entity) !== undefined;
}
