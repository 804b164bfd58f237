export { platformProductApiRef } from './PlatformProductApi';
export type {
  PlatformProductApi,
  PlatformProductDayRange,
  PlatformProductEntityRef,
} from './PlatformProductApi';
export { PlatformProductClient } from './PlatformProductClient';
export { describeError } from './describeError';
export type { ObjectivesAndAnnouncementsApi } from './ObjectivesAndAnnouncementsApi';
export type { RoadmapApi, RoadmapFilters } from './RoadmapApi';
