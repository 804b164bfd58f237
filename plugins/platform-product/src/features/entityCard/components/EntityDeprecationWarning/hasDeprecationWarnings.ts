import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { ApiHolder } from '@backstage/core-plugin-api';
import { entityCardApiRef } from '../../api';

/**
 * Whether an entity consumes something deprecated, for `EntitySwitch.Case if={…}` around
 * EntityDeprecationWarning so that unaffected pages keep no empty space. False when the
 * backend cannot answer. It asks for the entity's card, which the banner and the usage card then
 * share: the page still makes one request.
 *
 * @public
 */
export async function hasDeprecationWarnings(
  entity: Entity,
  context: { apis: ApiHolder },
): Promise<boolean> {
  const api = context.apis.get(entityCardApiRef);
  if (!api) {
    return false;
  }
  try {
    const { deprecations } = await api.getEntityCard({
      entityRef: stringifyEntityRef(entity),
    });
    return deprecations.length > 0;
  } catch {
    return false;
  }
}
