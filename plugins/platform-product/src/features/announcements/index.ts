/** Announcements: a platform's announcements while they are relevant, and who follows it. */
export { announcementsApiRef, AnnouncementsClient } from './api';
export type { AnnouncementsApi } from './api';
