import type { BurnAlertState } from '@platform-product/backstage-plugin-platform-product-common';
import { StatusLabel, StatusTone } from './StatusLabel';

const labels: Record<BurnAlertState, [StatusTone, string]> = {
  ok: ['ok', 'No alert'],
  ticket: ['warning', 'Ticket alert'],
  page: ['error', 'Paging'],
  'no-data': ['none', 'No data'],
};

/** The burn-rate alert state of an SLO: paging, a ticket, nothing, or not enough data to tell. */
export const AlertStateLabel = ({ state }: { state: BurnAlertState }) => {
  const [tone, label] = labels[state];
  return <StatusLabel tone={tone}>{label}</StatusLabel>;
};
