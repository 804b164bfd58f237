export { PlatformDeprecationsPanel } from './PlatformDeprecationsPanel';
