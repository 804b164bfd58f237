/**
 * The feedback that backs roadmap items: owners link survey comments and record notes from office
 * hours, interviews or support as an item's evidence; the item shows how much feedback backs it and
 * from which personas and orgs, never from whom; when it ships, each backer is told once.
 *
 * @packageDocumentation
 */

export { createFeedbackServices } from './createFeedbackServices';
export { FeedbackStore } from './FeedbackStore';
export type { FeedbackEvidenceService } from './FeedbackEvidenceService';
export { FEEDBACK_SHIPPED_TOPIC } from './FeedbackNotifier';
export { registerFeedbackRoutes } from './routes';
