export { PlatformPersonasPanel } from './PlatformPersonasPanel';
