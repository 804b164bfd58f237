/**
 * Announcements of platforms (planned changes, maintenance, incidents) with follows, and telling a
 * platform's audience: its followers and the owners of its consumers, each once.
 *
 * @packageDocumentation
 */

export { createAnnouncementServices } from './createAnnouncementServices';
export { AnnouncementStore } from './AnnouncementStore';
export type { AnnouncementService } from './AnnouncementService';
export { registerAnnouncementRoutes } from './routes';
