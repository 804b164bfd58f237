import {
  OverridableFrontendPlugin,
  createFrontendPlugin,
} from '@backstage/frontend-plugin-api';
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

/**
 * The Platform Product plugin for the new frontend system: the feature API clients, the cards, the
 * Platform and Deprecation tabs, and the deprecations, roadmap and portfolio pages.
 *
 * @alpha
 */
export const platformProductPlugin: OverridableFrontendPlugin =
  createFrontendPlugin({
    pluginId: 'platform-product',
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
    ],
  });
