import { Box, Button } from '@material-ui/core';
import { useApi } from '@backstage/core-plugin-api';
import {
  AdoptionReport,
  platformProductManagePermission,
} from '@platform-product/backstage-plugin-platform-product-common';
import { SubmissionErrors, useSubmit } from '../../../../shared/FormDialog';
import { useEntityPermission } from '../../../../shared/useEntityPermission';
import { adoptionApiRef } from '../../api';

/**
 * "Refresh adoption now" (`POST /platforms/{ref}/adoption/refresh`), for those allowed to manage
 * the platform (its owners, by the default policy); when the backend refuses, its message is shown
 * under the button.
 */
export const RefreshAdoptionButton = (props: {
  entityRef: string;
  onRefreshed: (report: AdoptionReport) => void;
}) => {
  const { entityRef, onRefreshed } = props;
  const api = useApi(adoptionApiRef);
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
        onClick={() =>
          submission.run(async () =>
            onRefreshed(await api.refreshAdoption({ entityRef })),
          )
        }
      >
        {submission.busy ? 'Refreshing…' : 'Refresh adoption now'}
      </Button>
      {submission.errors.length > 0 && (
        <Box mt={1}>
          <SubmissionErrors submission={submission} />
        </Box>
      )}
    </Box>
  );
};
