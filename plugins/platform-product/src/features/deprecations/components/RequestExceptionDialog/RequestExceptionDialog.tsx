import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type { DeprecationSummary } from '@platform-product/backstage-plugin-platform-product-common';
import {
  FormDialog,
  TextInput,
  useSubmit,
} from '../../../../shared/FormDialog';
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
  const submission = useSubmit();

  const submit = () =>
    submission.run(
      () =>
        api.requestDeprecationException({
          deprecationRef: deprecation.entityRef,
          request: { consumerRef, reason, requestedEnd },
        }),
      { onDone: onRequested },
    );

  return (
    <FormDialog
      id="request-exception"
      title={`Request an exception to ${deprecation.title}`}
      submitLabel="Request exception"
      submission={submission}
      onSubmit={submit}
      onClose={onClose}
      open={open}
      canSubmit={reason.trim() !== '' && requestedEnd !== ''}
      errorTestId="request-exception-error"
    >
      <TextInput
        id="deprecation-exception-reason"
        label="Reason"
        helperText="Why does this service need more time?"
        value={reason}
        onChange={setReason}
        multiline
        minRows={3}
        margin="normal"
        required
      />
      <TextInput
        id="deprecation-exception-end"
        label="End date"
        type="date"
        helperText={`The last day the exception covers; the sunset is ${deprecation.sunset}`}
        value={requestedEnd}
        onChange={setRequestedEnd}
        margin="normal"
        required
      />
    </FormDialog>
  );
};
