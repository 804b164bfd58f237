/** Groups: an org's or a team's own picture of the platforms — adoption against the company, deprecated parts, surveys, scoped key results. */
export { GroupPictureService } from './GroupPictureService';
export { registerGroupRoutes } from './routes';
