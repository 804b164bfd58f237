import {
  OverridableFrontendPlugin,
  createFrontendPlugin,
} from '@backstage/frontend-plugin-api';
import { platformProductApi } from './apis';
import {
  entityDeprecationWarningCard,
  entityPersonaPlatformsCard,
  entityPlatformScorecardCard,
  entityPlatformUsageCard,
} from './entityCards';
import {
  entityDeprecationContent,
  entityPlatformContent,
} from './entityContents';
import { deprecationsPage, roadmapPage } from './pages';

/**
 * The Platform Product plugin for the new frontend system: the API client, the platform-usage and
 * scorecard cards, and the Platform tab.
 *
 * @alpha
 */
export const platformProductPlugin: OverridableFrontendPlugin =
  createFrontendPlugin({
    pluginId: 'platform-product',
    extensions: [
      platformProductApi,
      entityPlatformUsageCard,
      entityPlatformScorecardCard,
      entityPlatformContent,
      entityDeprecationWarningCard,
      entityPersonaPlatformsCard,
      entityDeprecationContent,
      deprecationsPage,
      roadmapPage,
    ],
  });
