/**
 * The platforms list: every platform the caller can see, with its adoption and SLO health.
 *
 * @packageDocumentation
 */

export { PlatformListService } from './PlatformListService';
export { registerPlatformRoutes } from './routes';
