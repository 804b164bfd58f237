/** Deprecations: what is going away across the catalog, its consumers, and their exceptions. */
export { deprecationsApiRef, DeprecationsClient } from './api';
export type { DeprecationExceptionRef, DeprecationsApi } from './api';
