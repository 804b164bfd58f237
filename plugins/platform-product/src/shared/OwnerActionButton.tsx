import { Box, Button } from '@material-ui/core';
import { platformProductManagePermission } from '@platform-product/backstage-plugin-platform-product-common';
import { SubmissionErrors, useSubmit } from './FormDialog';
import { useEntityPermission } from './useEntityPermission';

/**
 * A button for those allowed to manage a platform (its owners, by the default policy) that runs an
 * action on the backend, e.g. "Refresh adoption now": nothing for anyone else, disabled with
 * `busyLabel` while the action runs, and the backend's message under it when it refuses.
 */
export const OwnerActionButton = (props: {
  entityRef: string;
  label: string;
  busyLabel: string;
  action: () => Promise<unknown>;
}) => {
  const { entityRef, label, busyLabel, action } = props;
  const { loading, allowed } = useEntityPermission(
    platformProductManagePermission,
    entityRef,
  );
  const submission = useSubmit();

  if (loading || !allowed) {
    return null;
  }
  return (
    <Box display="flex" flexDirection="column" alignItems="flex-end">
      <Button
        variant="outlined"
        color="primary"
        disabled={submission.busy}
        onClick={() => submission.run(action)}
      >
        {submission.busy ? busyLabel : label}
      </Button>
      {submission.errors.length > 0 && (
        <Box mt={1}>
          <SubmissionErrors submission={submission} />
        </Box>
      )}
    </Box>
  );
};
