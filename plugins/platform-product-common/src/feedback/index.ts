export * from './feedbackModel';
export * from './summarizeEvidence';
export * from './validateFeedbackInput';
