import { convertLegacyRouteRefs } from '@backstage/core-compat-api';
import {
  OverridableFrontendPlugin,
  createFrontendPlugin,
} from '@backstage/frontend-plugin-api';
import {
  deprecationRouteRef,
  deprecationsRouteRef,
  portfolioRouteRef,
  roadmapRouteRef,
} from '../routes';
import * as apiExtensions from './apis';
import {
  entityDeprecationWarningCard,
  entityGroupPlatformsCard,
  entityPersonaPlatformsCard,
  entityPlatformScorecardCard,
  entityPlatformUsageCard,
} from './entityCards';
import {
  entityDeprecationContent,
  entityPlatformContent,
} from './entityContents';
import { deprecationsPage, portfolioPage, roadmapPage } from './pages';
import {
  platformProductSearchFilters,
  platformProductSearchResultListItem,
  platformProductSearchResultType,
} from './search';

/**
 * The Platform Product plugin for the new frontend system: the feature API clients, the cards, the
 * Platform and Deprecation tabs, the deprecations, roadmap and portfolio pages, and the search
 * page's result items and result type for Platform Product.
 *
 * @alpha
 */
export const platformProductPlugin: OverridableFrontendPlugin =
  createFrontendPlugin({
    pluginId: 'platform-product',
    // The pages' routes, so that links between them (and to one deprecation) resolve, and the app
    // lists the pages in its navigation.
    routes: convertLegacyRouteRefs({
      deprecations: deprecationsRouteRef,
      deprecation: deprecationRouteRef,
      roadmap: roadmapRouteRef,
      portfolio: portfolioRouteRef,
    }),
    extensions: [
      ...Object.values(apiExtensions),
      entityPlatformUsageCard,
      entityPlatformScorecardCard,
      entityPlatformContent,
      entityDeprecationWarningCard,
      entityPersonaPlatformsCard,
      entityGroupPlatformsCard,
      entityDeprecationContent,
      deprecationsPage,
      roadmapPage,
      portfolioPage,
      platformProductSearchResultListItem,
      platformProductSearchResultType,
      platformProductSearchFilters,
    ],
  });
