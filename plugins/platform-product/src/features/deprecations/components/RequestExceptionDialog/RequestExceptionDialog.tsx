import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
} from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useApi } from '@backstage/core-plugin-api';
import type { DeprecationSummary } from '@platform-product/backstage-plugin-platform-product-common';
import { describeError } from '../../../../api';
import { deprecationsApiRef } from '../../api';

/**
 * Asks for an exception to a deprecation for one consumer: a reason and an end date. The backend's
 * answer to bad input (an end date too late, in the past, …) is shown as it is.
 */
export const RequestExceptionDialog = (props: {
  open: boolean;
  deprecation: DeprecationSummary;
  consumerRef: string;
  onClose: () => void;
  onRequested: () => void;
}) => {
  const { open, deprecation, consumerRef, onClose, onRequested } = props;
  const api = useApi(deprecationsApiRef);
  const [reason, setReason] = useState('');
  const [requestedEnd, setRequestedEnd] = useState('');
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);

  const submit = async () => {
    setSubmitting(true);
    setError(undefined);
    try {
      await api.requestDeprecationException({
        deprecationRef: deprecation.entityRef,
        request: { consumerRef, reason, requestedEnd },
      });
      onRequested();
    } catch (e) {
      setError(describeError(e as Error));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>Request an exception to {deprecation.title}</DialogTitle>
      <DialogContent>
        {error && (
          <Alert severity="error" data-testid="request-exception-error">
            {error}
          </Alert>
        )}
        <TextField
          id="deprecation-exception-reason"
          label="Reason"
          helperText="Why does this service need more time?"
          value={reason}
          onChange={e => setReason(e.target.value)}
          multiline
          minRows={3}
          fullWidth
          margin="normal"
          required
        />
        <TextField
          id="deprecation-exception-end"
          label="End date"
          type="date"
          helperText={`The last day the exception covers; the sunset is ${deprecation.sunset}`}
          value={requestedEnd}
          onChange={e => setRequestedEnd(e.target.value)}
          InputLabelProps={{ shrink: true }}
          fullWidth
          margin="normal"
          required
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          onClick={submit}
          disabled={submitting || !reason.trim() || !requestedEnd}
        >
          Request exception
        </Button>
      </DialogActions>
    </Dialog>
  );
};
