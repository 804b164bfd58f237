/**
 * The Platform Product plugin for Backstage's new frontend system.
 *
 * The extensions are typed `ExtensionDefinition` explicitly: with \@backstage/plugin-catalog-react
 * 3.x, whose blueprints are built on an older \@backstage/frontend-plugin-api than this package's,
 * the inferred types name a nested copy of that package and cannot be emitted (TS2742).
 *
 * @packageDocumentation
 */

import { platformProductPlugin } from './plugin';

export * from './apis';
export {
  entityPlatformUsageCard,
  entityPlatformScorecardCard,
} from './entityCards';
export {
  entityPlatformContent,
  entityDeprecationContent,
} from './entityContents';
export {
  entityDeprecationWarningCard,
  entityGroupPlatformsCard,
} from './entityCards';
export { deprecationsPage, roadmapPage, portfolioPage } from './pages';
export {
  platformProductSearchFilters,
  platformProductSearchResultListItem,
  platformProductSearchResultType,
} from './search';
export default platformProductPlugin;
