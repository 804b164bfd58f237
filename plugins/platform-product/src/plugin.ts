import {
  RouteRef,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
} from '@backstage/core-plugin-api';
import { createSearchResultListItemExtension } from '@backstage/plugin-search-react';
import { PLATFORM_PRODUCT_SEARCH_TYPE } from '@platform-product/backstage-plugin-platform-product-common';
import { allFeatureApis, featureApiFactory } from './featureApis';
import {
  deprecationsRouteRef,
  portfolioRouteRef,
  rootRouteRef,
  roadmapRouteRef,
} from './routes';

/**
 * The Platform Product frontend plugin. It provides a client for every feature API
 * (`platformsApiRef`, `scorecardsApiRef`, `slosApiRef`, `adoptionApiRef`, `entityCardApiRef`,
 * `surveysApiRef`, `deprecationsApiRef`, `roadmapApiRef`, `objectivesApiRef`,
 * `announcementsApiRef`, `portfolioApiRef`, `groupsApiRef`, and the deprecated
 * `platformProductApiRef`), so an app that uses any of
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
    portfolio: portfolioRouteRef,
  },
});

/** A card or banner of the plugin, loaded when first shown. */
function lazyComponent<T extends (props: {}) => JSX.Element | null>(
  name: string,
  lazy: () => Promise<T>,
): T {
  return platformProductPlugin.provide(
    createComponentExtension({ name, component: { lazy } }),
  );
}

/** A tab or page of the plugin, mounted at `mountPoint` and loaded when first shown. */
function lazyRoutable<T extends (props: {}) => JSX.Element | null>(
  name: string,
  mountPoint: RouteRef,
  component: () => Promise<T>,
): T {
  return platformProductPlugin.provide(
    createRoutableExtension({ name, mountPoint, component }),
  );
}

/**
 * The "Platform" tab of a platform product's entity page, in sections one click apart, each with
 * its own link (`?section=…`): its scorecard, the live status of its SLOs, its adoption (with trend,
 * per persona and org, adopting and non-adopting teams), the voice of its users, its roadmap and
 * objectives, its announcements and its deprecations, with what it declares (product, support
 * promise, SLO definitions, scorecard targets) and any problem in that declaration.
 *
 * @public
 */
export const EntityPlatformContent = lazyRoutable(
  'EntityPlatformContent',
  rootRouteRef,
  () =>
    import('./features/platformTab/components/EntityPlatformContent').then(
      m => m.EntityPlatformContent,
    ),
);

/**
 * A card for any entity that relies on platforms (services, websites, APIs, resources): for each
 * platform, its SLO health, the error budget left on its worst SLO, its support channel and
 * response promise, and a link to its Platform tab. It shares one request with the deprecation
 * banner on the same page.
 *
 * @public
 */
export const EntityPlatformUsageCard = lazyComponent(
  'EntityPlatformUsageCard',
  () =>
    import('./features/entityCard/components/EntityPlatformUsageCard').then(
      m => m.EntityPlatformUsageCard,
    ),
);

/**
 * A card for platform entities: the balanced scorecard, each KPI against its target with its
 * status and a sparkline of the last 30 days.
 *
 * @public
 */
export const EntityPlatformScorecardCard = lazyComponent(
  'EntityPlatformScorecardCard',
  () =>
    import('./features/scorecards/components/EntityPlatformScorecardCard').then(
      m => m.EntityPlatformScorecardCard,
    ),
);

/**
 * A banner for the page of any entity that consumes something deprecated: what, why, the
 * replacement and migration guide, the sunset and days left (or the violation), and this entity's
 * exception, with "Request exception" for its owners. Renders nothing for other entities; put it in
 * the entity page's warning area.
 *
 * @public
 */
export const EntityDeprecationWarning = lazyComponent(
  'EntityDeprecationWarning',
  () =>
    import('./features/entityCard/components/EntityDeprecationWarning').then(
      m => m.EntityDeprecationWarning,
    ),
);

/**
 * The deprecation of the entity on the page (for entities with `spec.deprecation`): its consumers
 * grouped by team, burn-down, exceptions (approve or deny them as an owner) and audit trail.
 *
 * @public
 */
export const EntityDeprecationContent = lazyComponent(
  'EntityDeprecationContent',
  () =>
    import('./features/deprecations/components/EntityDeprecationContent').then(
      m => m.EntityDeprecationContent,
    ),
);

/**
 * On a Persona's page: the platforms that serve it.
 *
 * @public
 */
export const EntityPersonaPlatformsCard = lazyComponent(
  'EntityPersonaPlatformsCard',
  () =>
    import('./features/platforms/components/EntityPersonaPlatformsCard').then(
      m => m.EntityPersonaPlatformsCard,
    ),
);

/**
 * The deprecations page: every active deprecation across the catalog with consumers remaining,
 * trend, violations and exceptions, drilling down to one deprecation.
 *
 * @public
 */
export const DeprecationsPage = lazyRoutable(
  'DeprecationsPage',
  deprecationsRouteRef,
  () =>
    import('./features/deprecations/components/DeprecationsPage').then(
      m => m.DeprecationsPage,
    ),
);

/**
 * The cross-platform roadmap page: what every platform works on now, next and later, filtered by
 * platform, persona, investment category and status.
 *
 * @public
 */
export const RoadmapPage = lazyRoutable('RoadmapPage', roadmapRouteRef, () =>
  import('./features/roadmap/components/RoadmapPage').then(m => m.RoadmapPage),
);

/**
 * The platforms portfolio, the leadership view across every platform: a grid of each platform's
 * adoption (and its change over 30 and 90 days), services, NPS, reliability, support, deprecation
 * debt, objectives, capacity and cost, sortable by any column; the totals and investment mix; a
 * heat map of adoption by org down to the teams; the trends; and a CSV or JSON export. Filters,
 * sort and the as-of day live in the URL.
 *
 * @public
 */
export const PortfolioPage = lazyRoutable(
  'PortfolioPage',
  portfolioRouteRef,
  () =>
    import('./features/portfolio/components/PortfolioPage').then(
      m => m.PortfolioPage,
    ),
);

/**
 * A card for Group pages: each platform's adoption among the group's teams beside the company's,
 * the group's services on deprecated parts, the surveys its members can answer and the key results
 * scoped to it.
 *
 * @public
 */
export const EntityGroupPlatformsCard = lazyComponent(
  'EntityGroupPlatformsCard',
  () =>
    import('./features/groups/components/EntityGroupPlatformsCard').then(
      m => m.EntityGroupPlatformsCard,
    ),
);

/**
 * The search page's list item for Platform Product results (document type `platform-product`):
 * a platform, a roadmap item or an announcement, with its platform, status, horizon or kind. Put
 * it inside `<SearchResult>` before the catalog's item; it renders only Platform Product results.
 *
 * @public
 */
export const PlatformProductSearchResultListItem =
  platformProductPlugin.provide(
    createSearchResultListItemExtension({
      name: 'PlatformProductSearchResultListItem',
      component: () =>
        import(
          './features/search/components/PlatformProductSearchResultListItem'
        ).then(m => m.PlatformProductSearchResultListItem),
      predicate: result => result.type === PLATFORM_PRODUCT_SEARCH_TYPE,
    }),
  );
