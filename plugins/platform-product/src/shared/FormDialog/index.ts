export { FormDialog } from './FormDialog';
export { SaveDialog } from './SaveDialog';
export { SelectInput } from './SelectInput';
export { SubmissionErrors } from './SubmissionErrors';
export { TextInput } from './TextInput';
export { useSubmit } from './useSubmit';
export type { RunOptions, Submission } from './useSubmit';
