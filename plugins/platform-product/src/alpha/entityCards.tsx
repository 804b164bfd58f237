import type { ExtensionDefinition } from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  isPlatformPredicate,
  reliesOnPlatformsPredicate,
} from './entityPredicates';

/**
 * The platforms an entity relies on, on the overview of components, APIs and resources.
 *
 * @alpha
 */
export const entityPlatformUsageCard: ExtensionDefinition =
  EntityCardBlueprint.make({
    name: 'usage',
    params: {
      filter: reliesOnPlatformsPredicate,
      loader: () =>
        import('../components/EntityPlatformUsageCard').then(m => (
          <m.EntityPlatformUsageCard />
        )),
    },
  });

/**
 * The platform scorecard, on the overview of platform products.
 *
 * @alpha
 */
export const entityPlatformScorecardCard: ExtensionDefinition =
  EntityCardBlueprint.make({
    name: 'scorecard',
    params: {
      filter: isPlatformPredicate,
      loader: () =>
        import('../components/EntityPlatformScorecardCard').then(m => (
          <m.EntityPlatformScorecardCard />
        )),
    },
  });
