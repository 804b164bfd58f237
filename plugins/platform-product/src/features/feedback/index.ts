/** Feedback: the survey comments and recorded notes that back roadmap items, and who is told when they ship. */
export { feedbackApiRef, FeedbackClient } from './api';
export type { FeedbackApi } from './api';
