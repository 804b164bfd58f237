import { ReactNode } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
} from '@material-ui/core';
import { SubmissionErrors } from './SubmissionErrors';
import type { Submission } from './useSubmit';

/**
 * The frame of every owner's form: a title, the fields, why the last submit failed (the problems
 * found before sending, or the backend's message) above the buttons, Cancel, and a submit button
 * that stays disabled while the form is incomplete or the write is on its way.
 */
export const FormDialog = (props: {
  /** Names the dialog; its title gets `${id}-title`. */
  id: string;
  title: ReactNode;
  /** What the submit button says, e.g. "Save". */
  submitLabel: ReactNode;
  /** Called by the submit button; typically `submission.run(…)`. */
  onSubmit: () => void;
  submission: Submission;
  onClose: () => void;
  /** False while a required field is empty. */
  canSubmit?: boolean;
  /** Whether it shows; it does unless false. */
  open?: boolean;
  maxWidth?: 'xs' | 'sm' | 'md';
  /** `data-testid` of each error shown. */
  errorTestId?: string;
  children: ReactNode;
}) => {
  const { submission, canSubmit = true, open = true } = props;
  const titleId = `${props.id}-title`;
  return (
    <Dialog
      open={open}
      onClose={props.onClose}
      fullWidth
      maxWidth={props.maxWidth ?? 'sm'}
      aria-labelledby={titleId}
    >
      <DialogTitle id={titleId}>{props.title}</DialogTitle>
      <DialogContent>
        {props.children}
        <SubmissionErrors submission={submission} testId={props.errorTestId} />
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          disabled={!canSubmit || submission.busy}
          onClick={props.onSubmit}
        >
          {props.submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
