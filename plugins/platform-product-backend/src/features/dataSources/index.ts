/** Data sources: where each SLO metric comes from — pushed, or pulled by a metric provider on the scheduler — and the owners' "Pull now". */
export { MetricProviderRegistry } from './MetricProviderRegistry';
export { DataSourceStore } from './DataSourceStore';
export { MetricPullService, DEFAULT_STEP_SECONDS } from './MetricPullService';
export { DataSourceService } from './DataSourceService';
export { dataSourceTasks } from './tasks';
export { registerDataSourceRoutes } from './routes';
