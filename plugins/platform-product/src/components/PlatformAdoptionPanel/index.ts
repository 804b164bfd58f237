export { PlatformAdoptionPanel } from './PlatformAdoptionPanel';
