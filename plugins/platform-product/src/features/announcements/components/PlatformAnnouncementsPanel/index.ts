export { PlatformAnnouncementsPanel } from './PlatformAnnouncementsPanel';
