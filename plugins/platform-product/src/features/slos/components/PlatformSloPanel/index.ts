export { PlatformSloPanel } from './PlatformSloPanel';
