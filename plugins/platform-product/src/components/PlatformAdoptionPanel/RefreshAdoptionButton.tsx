import { Box, Button } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useEntity, useEntityOwnership } from '@backstage/plugin-catalog-react';
import type { AdoptionReport } from '@platform-product/backstage-plugin-platform-product-common';
import { describeError } from '../../api';
import { useRefreshAdoption } from '../../hooks/useRefreshAdoption';

/**
 * "Refresh adoption now", for the owners of the platform only; when the backend refuses, its
 * message is shown under the button.
 */
export const RefreshAdoptionButton = (props: {
  entityRef: string;
  onRefreshed: (report: AdoptionReport) => void;
}) => {
  const { entityRef, onRefreshed } = props;
  const { entity } = useEntity();
  const { loading, isOwnedEntity } = useEntityOwnership();
  const { refresh, running, error } = useRefreshAdoption(entityRef);

  if (loading || !isOwnedEntity(entity)) {
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
