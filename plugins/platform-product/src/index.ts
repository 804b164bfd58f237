/**
 * Frontend plugin for Platform Product: the Platform tab, the scorecard and platform-usage cards,
 * and the client of the backend's API.
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
  EntityPersonaPlatformsCard,
} from './plugin';
export { platformProductApiRef, PlatformProductClient } from './api';
export type {
  PlatformProductApi,
  PlatformProductDayRange,
  PlatformProductEntityRef,
  ObjectivesAndAnnouncementsApi,
} from './api';
export { isPlatformEntity } from '@platform-product/backstage-plugin-platform-product-common';
export { isDeprecatedEntity } from '@platform-product/backstage-plugin-platform-product-common';
export { hasDeprecationWarnings } from './features/entityCard/components/EntityDeprecationWarning/hasDeprecationWarnings';
