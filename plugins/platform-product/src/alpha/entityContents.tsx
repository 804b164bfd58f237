import type { ExtensionDefinition } from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isPlatformPredicate } from './entityPredicates';

/**
 * The "Platform" tab of platform products.
 *
 * @alpha
 */
export const entityPlatformContent: ExtensionDefinition =
  EntityContentBlueprint.make({
    params: {
      path: '/platform',
      title: 'Platform',
      filter: isPlatformPredicate,
      loader: () =>
        import('../components/EntityPlatformContent').then(m => (
          <m.EntityPlatformContent />
        )),
    },
  });
