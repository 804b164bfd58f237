import { Box, Button } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import {
  AdoptionReport,
  platformProductManagePermission,
} from '@platform-product/backstage-plugin-platform-product-common';
import { describeError } from '../../../../api';
import { useEntityPermission } from '../../../../shared/useEntityPermission';
import { useRefreshAdoption } from '../../hooks';

/**
 * "Refresh adoption now", for those allowed to manage the platform (its owners, by the default
 * policy); when the backend refuses, its message is shown under the button.
 */
export const RefreshAdoptionButton = (props: {
  entityRef: string;
  onRefreshed: (report: AdoptionReport) => void;
}) => {
  const { entityRef, onRefreshed } = props;
  const { loading, allowed } = useEntityPermission(
    platformProductManagePermission,
    entityRef,
  );
  const { refresh, running, error } = useRefreshAdoption(entityRef);

  if (loading || !allowed) {
    return null;
  }
  return (
    <Box display="flex" flexDirection="column" alignItems="flex-end">
      <Button
        variant="outlined"
        color="primary"
        disabled={running}
        onClick={async () => {
          const report = await refresh();
          if (report) {
            onRefreshed(report);
          }
        }}
      >
        {running ? 'Refreshing…' : 'Refresh adoption now'}
      </Button>
      {error && (
        <Box mt={1}>
          <Alert severity="error">{describeError(error)}</Alert>
        </Box>
      )}
    </Box>
  );
};
