/** Entity card: the service-page card and the deprecation banner, both read from one request per entity page. */
export { entityCardApiRef, EntityCardClient } from './api';
export type { EntityCardApi } from './api';
export { hasDeprecationWarnings } from './components/EntityDeprecationWarning/hasDeprecationWarnings';
