import type { ExtensionDefinition } from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isDeprecatedPredicate, isPlatformPredicate } from './entityPredicates';

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
        import('../features/platformTab/components/EntityPlatformContent').then(
          m => <m.EntityPlatformContent />,
        ),
    },
  });

/**
 * The "Deprecation" tab of deprecated entities: consumers by team, exceptions and their audit.
 *
 * @alpha
 */
export const entityDeprecationContent: ExtensionDefinition =
  EntityContentBlueprint.make({
    name: 'deprecation',
    params: {
      path: '/deprecation',
      title: 'Deprecation',
      filter: isDeprecatedPredicate,
      loader: () =>
        import(
          '../features/deprecations/components/EntityDeprecationContent'
        ).then(m => <m.EntityDeprecationContent />),
    },
  });
