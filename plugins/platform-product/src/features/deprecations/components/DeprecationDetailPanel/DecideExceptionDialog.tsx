import { useState } from 'react';
import { Typography } from '@material-ui/core';
import { useApi } from '@backstage/core-plugin-api';
import type { DeprecationException } from '@platform-product/backstage-plugin-platform-product-common';
import {
  FormDialog,
  TextInput,
  useSubmit,
} from '../../../../shared/FormDialog';
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
  const submission = useSubmit();
  const verb = decision === 'approved' ? 'Approve' : 'Deny';

  const submit = () =>
    submission.run(
      () =>
        api.decideDeprecationException({
          deprecationRef: exception.deprecationRef,
          exceptionId: exception.id,
          decision: { decision, reason },
        }),
      { onDone: onDecided },
    );

  return (
    <FormDialog
      id="decide-exception"
      title={`${verb} the exception for ${exception.consumerRef}`}
      submitLabel={verb}
      submission={submission}
      onSubmit={submit}
      onClose={onClose}
      canSubmit={reason.trim() !== ''}
      errorTestId="decide-exception-error"
    >
      <Typography variant="body2" gutterBottom>
        Requested by {exception.requestedBy} until {exception.requestedEnd}:{' '}
        {exception.reason}
      </Typography>
      <TextInput
        id="deprecation-decision-reason"
        label="Reason for the decision"
        value={reason}
        onChange={setReason}
        multiline
        minRows={2}
        margin="normal"
        required
      />
    </FormDialog>
  );
};
