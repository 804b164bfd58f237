import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { ApiHolder } from '@backstage/core-plugin-api';
import { deprecationsApiRef } from '../../../deprecations/api';

/**
 * Whether an entity consumes something deprecated, for `EntitySwitch.Case if={…}` around
 * EntityDeprecationWarning so that unaffected pages keep no empty space. False when the
 * backend cannot answer.
 *
 * @public
 */
export async function hasDeprecationWarnings(
  entity: Entity,
  context: { apis: ApiHolder },
): Promise<boolean> {
  const api = context.apis.get(deprecationsApiRef);
  if (!api) {
    return false;
  }
  try {
    const { items } = await api.getEntityDeprecations({
      entityRef: stringifyEntityRef(entity),
    });
    return items.length > 0;
  } catch {
    return false;
  }
}
