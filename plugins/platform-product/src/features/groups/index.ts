/** Groups: a group's own picture of the platforms — its adoption against the company's, its deprecated dependencies, surveys and key results. */
export { groupsApiRef, GroupsClient } from './api';
export type { GroupsApi } from './api';
