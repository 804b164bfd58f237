/** Platforms: the platform products of the catalog, the platforms an entity relies on, metric ingest, and the persona card. */
export { platformsApiRef, PlatformsClient } from './api';
export type { PlatformsApi } from './api';
