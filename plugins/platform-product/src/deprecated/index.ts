/** Deprecated aliases of the all-in-one API, kept for one release; use the feature APIs instead. */
export { platformProductApiRef } from './PlatformProductApi';
export type {
  ObjectivesAndAnnouncementsApi,
  PlatformProductApi,
} from './PlatformProductApi';
export { PlatformProductClient } from './PlatformProductClient';
