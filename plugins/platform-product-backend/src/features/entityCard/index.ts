/**
 * What a service page shows, in one request: the platforms an entity relies on with their SLO status
 * and support, their Now roadmap lines, relevant announcements, the survey prompt and the
 * deprecations under it.
 *
 * @packageDocumentation
 */

export { EntityCardService } from './EntityCardService';
export { EntityPlatformsService } from './EntityPlatformsService';
export { registerEntityCardRoutes } from './routes';
