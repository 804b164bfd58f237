export { PlatformObjectivesPanel } from './PlatformObjectivesPanel';
