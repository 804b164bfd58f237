import type { ExtensionDefinition } from '@backstage/frontend-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  isGroupPredicate,
  isPersonaPredicate,
  isPlatformPredicate,
  mayConsumeDeprecationsPredicate,
  reliesOnPlatformsPredicate,
} from './entityPredicates';

/** Which entities show a card, as the blueprint takes it. */
type CardFilter = Extract<
  Parameters<typeof EntityCardBlueprint.make>[0]['params'],
  { loader: unknown }
>['filter'];

/** A card on the overview of the entities `filter` selects, loaded when first shown. */
function entityCard(
  name: string,
  filter: CardFilter,
  loader: () => Promise<JSX.Element>,
): ExtensionDefinition {
  return EntityCardBlueprint.make({ name, params: { filter, loader } });
}

/**
 * The platforms an entity relies on, on the overview of components, APIs and resources.
 *
 * @alpha
 */
export const entityPlatformUsageCard: ExtensionDefinition = entityCard(
  'usage',
  reliesOnPlatformsPredicate,
  () =>
    import('../features/entityCard/components/EntityPlatformUsageCard').then(
      m => <m.EntityPlatformUsageCard />,
    ),
);

/**
 * The platform scorecard, on the overview of platform products.
 *
 * @alpha
 */
export const entityPlatformScorecardCard: ExtensionDefinition = entityCard(
  'scorecard',
  isPlatformPredicate,
  () =>
    import(
      '../features/scorecards/components/EntityPlatformScorecardCard'
    ).then(m => <m.EntityPlatformScorecardCard />),
);

/**
 * The platforms that serve a persona, on the overview of Persona entities.
 *
 * @alpha
 */
export const entityPersonaPlatformsCard: ExtensionDefinition = entityCard(
  'persona-platforms',
  isPersonaPredicate,
  () =>
    import('../features/platforms/components/EntityPersonaPlatformsCard').then(
      m => <m.EntityPersonaPlatformsCard />,
    ),
);

/**
 * The deprecation banner, on the overview of entities that may consume something deprecated; it
 * renders nothing for entities that do not.
 *
 * @alpha
 */
export const entityDeprecationWarningCard: ExtensionDefinition = entityCard(
  'deprecation-warning',
  mayConsumeDeprecationsPredicate,
  () =>
    import('../features/entityCard/components/EntityDeprecationWarning').then(
      m => <m.EntityDeprecationWarning />,
    ),
);

/**
 * A group's platforms (its adoption against the company's, its deprecated dependencies, surveys
 * and key results), on the overview of Group entities.
 *
 * @alpha
 */
export const entityGroupPlatformsCard: ExtensionDefinition = entityCard(
  'group-platforms',
  isGroupPredicate,
  () =>
    import('../features/groups/components/EntityGroupPlatformsCard').then(m => (
      <m.EntityGroupPlatformsCard />
    )),
);
