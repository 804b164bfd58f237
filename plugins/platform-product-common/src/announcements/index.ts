export * from './types';
export * from './announcementRelevance';
export * from './findUnsafeMarkdown';
export * from './validateAnnouncementInput';
