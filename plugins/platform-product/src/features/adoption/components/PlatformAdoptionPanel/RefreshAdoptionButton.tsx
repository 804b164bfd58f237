import { useApi } from '@backstage/core-plugin-api';
import type { AdoptionReport } from '@platform-product/backstage-plugin-platform-product-common';
import { OwnerActionButton } from '../../../../shared/OwnerActionButton';
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
  return (
    <OwnerActionButton
      entityRef={entityRef}
      label="Refresh adoption now"
      busyLabel="Refreshing…"
      action={async () => onRefreshed(await api.refreshAdoption({ entityRef }))}
    />
  );
};
