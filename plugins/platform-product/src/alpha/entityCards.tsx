import type { ExtensionDefinition } from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  isPersonaPredicate,
  isPlatformPredicate,
  mayConsumeDeprecationsPredicate,
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
        import(
          '../features/entityCard/components/EntityPlatformUsageCard'
        ).then(m => <m.EntityPlatformUsageCard />),
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
        import(
          '../features/scorecards/components/EntityPlatformScorecardCard'
        ).then(m => <m.EntityPlatformScorecardCard />),
    },
  });

/**
 * The platforms that serve a persona, on the overview of Persona entities.
 *
 * @alpha
 */
export const entityPersonaPlatformsCard: ExtensionDefinition =
  EntityCardBlueprint.make({
    name: 'persona-platforms',
    params: {
      filter: isPersonaPredicate,
      loader: () =>
        import(
          '../features/platforms/components/EntityPersonaPlatformsCard'
        ).then(m => <m.EntityPersonaPlatformsCard />),
    },
  });

/**
 * The deprecation banner, on the overview of entities that may consume something deprecated; it
 * renders nothing for entities that do not.
 *
 * @alpha
 */
export const entityDeprecationWarningCard: ExtensionDefinition =
  EntityCardBlueprint.make({
    name: 'deprecation-warning',
    params: {
      filter: mayConsumeDeprecationsPredicate,
      loader: () =>
        import(
          '../features/entityCard/components/EntityDeprecationWarning'
        ).then(m => <m.EntityDeprecationWarning />),
    },
  });
