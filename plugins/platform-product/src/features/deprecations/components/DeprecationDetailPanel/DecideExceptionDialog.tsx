import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useApi } from '@backstage/core-plugin-api';
import type { DeprecationException } from '@platform-product/backstage-plugin-platform-product-common';
import { describeError } from '../../../../api';
import { deprecationsApiRef } from '../../api';

/** Approves or denies one requested exception, with a reason; backend errors are shown as they are. */
export const DecideExceptionDialog = (props: {
  exception: DeprecationException;
  decision: 'approved' | 'denied';
  onClose: () => void;
  onDecided: () => void;
}) => {
  const { exception, decision, onClose, onDecided } = props;
  const api = useApi(deprecationsApiRef);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const verb = decision === 'approved' ? 'Approve' : 'Deny';

  const submit = async () => {
    setSubmitting(true);
    setError(undefined);
    try {
      await api.decideDeprecationException({
        deprecationRef: exception.deprecationRef,
        exceptionId: exception.id,
        decision: { decision, reason },
      });
      onDecided();
    } catch (e) {
      setError(describeError(e as Error));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>
        {verb} the exception for {exception.consumerRef}
      </DialogTitle>
      <DialogContent>
        <Typography variant="body2" gutterBottom>
          Requested by {exception.requestedBy} until {exception.requestedEnd}:{' '}
          {exception.reason}
        </Typography>
        {error && (
          <Alert severity="error" data-testid="decide-exception-error">
            {error}
          </Alert>
        )}
        <TextField
          id="deprecation-decision-reason"
          label="Reason for the decision"
          value={reason}
          onChange={e => setReason(e.target.value)}
          multiline
          minRows={2}
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
          disabled={submitting || !reason.trim()}
        >
          {verb}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
