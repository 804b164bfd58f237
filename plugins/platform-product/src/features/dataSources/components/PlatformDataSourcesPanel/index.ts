export { PlatformDataSourcesPanel } from './PlatformDataSourcesPanel';
