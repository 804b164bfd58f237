import { StructuredMetadataTable } from '@backstage/core-components';
import { TableFrame } from '../../../../shared/ScrollTable';

/** Keeps labels as written ("P1 response") instead of start-casing them ("P 1 Response"). */
const asWritten = { titleFormat: (key: string) => key };

/** What a platform declares, label by label, as written, with no word broken. */
export const DeclarationTable = (props: {
  metadata: Record<string, unknown>;
}) => (
  <TableFrame>
    <StructuredMetadataTable metadata={props.metadata} options={asWritten} />
  </TableFrame>
);
