export { FormDialog } from './FormDialog';
export { SubmissionErrors } from './SubmissionErrors';
export { useSubmit } from './useSubmit';
export type { RunOptions, Submission } from './useSubmit';
