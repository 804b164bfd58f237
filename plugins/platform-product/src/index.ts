/**
 * Frontend plugin for Platform Product: the Platform tab, the service-page card and deprecation
 * banner, the scorecard, persona and group cards, the deprecations, roadmap and portfolio pages, and
 * one client per
 * feature of the backend's API.
 *
 * @packageDocumentation
 */

export {
  platformProductPlugin,
  EntityPlatformContent,
  EntityPlatformUsageCard,
  EntityPlatformScorecardCard,
  EntityDeprecationWarning,
  EntityDeprecationContent,
  DeprecationsPage,
  RoadmapPage,
  PortfolioPage,
  EntityPersonaPlatformsCard,
  EntityGroupPlatformsCard,
  PlatformProductSearchResultListItem,
} from './plugin';
export type {
  PlatformProductClientOptions,
  PlatformProductDayRange,
  PlatformProductEntityRef,
} from './api';
export * from './features/platforms';
export * from './features/scorecards';
export * from './features/slos';
export * from './features/dataSources';
export * from './features/adoption';
export * from './features/entityCard';
export * from './features/surveys';
export * from './features/deprecations';
export * from './features/roadmap';
export * from './features/feedback';
export * from './features/objectives';
export * from './features/announcements';
export * from './features/portfolio';
export * from './features/groups';
export * from './features/search';
export * from './deprecated';
export { isPlatformEntity } from '@platform-product/backstage-plugin-platform-product-common';
export { isDeprecatedEntity } from '@platform-product/backstage-plugin-platform-product-common';
export { PLATFORM_PRODUCT_SEARCH_TYPE } from '@platform-product/backstage-plugin-platform-product-common';
