import {
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import { allFeatureApis, featureApiFactory } from './featureApis';
import { deprecationsRouteRef, rootRouteRef, roadmapRouteRef } from './routes';

/**
 * The Platform Product frontend plugin. It provides a client for every feature API
 * (`platformsApiRef`, `scorecardsApiRef`, `slosApiRef`, `adoptionApiRef`, `entityCardApiRef`,
 * `surveysApiRef`, `deprecationsApiRef`, `roadmapApiRef`, `objectivesApiRef`,
 * `announcementsApiRef`, and the deprecated `platformProductApiRef`), so an app that uses any of
 * its extensions needs nothing more than the backend plugin.
 *
 * @public
 */
export const platformProductPlugin = createPlugin({
  id: 'platform-product',
  apis: allFeatureApis.map(featureApiFactory),
  routes: {
    root: rootRouteRef,
    deprecations: deprecationsRouteRef,
    roadmap: roadmapRouteRef,
  },
});

/**
 * The "Platform" tab of a platform product's entity page: its scorecard, the live status of its
 * SLOs, its adoption (with trend, per persona and org, adopting and non-adopting teams), and what it
 * declares (product, support promise, SLO definitions, scorecard targets) with any problem in that
 * declaration.
 *
 * @public
 */
export const EntityPlatformContent = platformProductPlugin.provide(
  createRoutableExtension({
    name: 'EntityPlatformContent',
    component: () =>
      import('./features/platformTab/components/EntityPlatformContent').then(
        m => m.EntityPlatformContent,
      ),
    mountPoint: rootRouteRef,
  }),
);

/**
 * A card for any entity that relies on platforms (services, websites, APIs, resources): for each
 * platform, its SLO health, the error budget left on its worst SLO, its support channel and
 * response promise, and a link to its Platform tab.
 *
 * @public
 */
export const EntityPlatformUsageCard = platformProductPlugin.provide(
  createComponentExtension({
    name: 'EntityPlatformUsageCard',
    component: {
      lazy: () =>
        import('./features/entityCard/components/EntityPlatformUsageCard').then(
          m => m.EntityPlatformUsageCard,
        ),
    },
  }),
);

/**
 * A card for platform entities: the balanced scorecard, each KPI against its target with its
 * status and a sparkline of the last 30 days.
 *
 * @public
 */
export const EntityPlatformScorecardCard = platformProductPlugin.provide(
  createComponentExtension({
    name: 'EntityPlatformScorecardCard',
    component: {
      lazy: () =>
        import(
          './features/scorecards/components/EntityPlatformScorecardCard'
        ).then(m => m.EntityPlatformScorecardCard),
    },
  }),
);

/**
 * A banner for the page of any entity that consumes something deprecated: what, why, the
 * replacement and migration guide, the sunset and days left (or the violation), and this entity's
 * exception, with "Request exception" for its owners. Renders nothing for other entities; put it in
 * the entity page's warning area.
 *
 * @public
 */
export const EntityDeprecationWarning = platformProductPlugin.provide(
  createComponentExtension({
    name: 'EntityDeprecationWarning',
    component: {
      lazy: () =>
        import(
          './features/entityCard/components/EntityDeprecationWarning'
        ).then(m => m.EntityDeprecationWarning),
    },
  }),
);

/**
 * The deprecation of the entity on the page (for entities with `spec.deprecation`): its consumers
 * grouped by team, burn-down, exceptions (approve or deny them as an owner) and audit trail.
 *
 * @public
 */
export const EntityDeprecationContent = platformProductPlugin.provide(
  createComponentExtension({
    name: 'EntityDeprecationContent',
    component: {
      lazy: () =>
        import(
          './features/deprecations/components/EntityDeprecationContent'
        ).then(m => m.EntityDeprecationContent),
    },
  }),
);

/**
 * On a Persona's page: the platforms that serve it.
 *
 * @public
 */
export const EntityPersonaPlatformsCard = platformProductPlugin.provide(
  createComponentExtension({
    name: 'EntityPersonaPlatformsCard',
    component: {
      lazy: () =>
        import(
          './features/platforms/components/EntityPersonaPlatformsCard'
        ).then(m => m.EntityPersonaPlatformsCard),
    },
  }),
);

/**
 * The deprecations page: every active deprecation across the catalog with consumers remaining,
 * trend, violations and exceptions, drilling down to one deprecation.
 *
 * @public
 */
export const DeprecationsPage = platformProductPlugin.provide(
  createRoutableExtension({
    name: 'DeprecationsPage',
    component: () =>
      import('./features/deprecations/components/DeprecationsPage').then(
        m => m.DeprecationsPage,
      ),
    mountPoint: deprecationsRouteRef,
  }),
);

/**
 * The cross-platform roadmap page: what every platform works on now, next and later, filtered by
 * platform, persona, investment category and status.
 *
 * @public
 */
export const RoadmapPage = platformProductPlugin.provide(
  createRoutableExtension({
    name: 'RoadmapPage',
    component: () =>
      import('./features/roadmap/components/RoadmapPage').then(
        m => m.RoadmapPage,
      ),
    mountPoint: roadmapRouteRef,
  }),
);
