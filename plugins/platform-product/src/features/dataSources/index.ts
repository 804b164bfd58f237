/** Data sources: where the points of a platform's SLO metrics come from, pushed or pulled, how the last pulls went, and pulling now. */
export { dataSourcesApiRef, DataSourcesClient } from './api';
export type { DataSourcesApi } from './api';
