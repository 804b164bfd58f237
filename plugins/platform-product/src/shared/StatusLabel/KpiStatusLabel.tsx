import type { KpiStatus } from '@platform-product/backstage-plugin-platform-product-common';
import { StatusLabel, StatusTone } from './StatusLabel';

const labels: Record<KpiStatus, [StatusTone, string]> = {
  met: ['ok', 'Met'],
  'at-risk': ['warning', 'At risk'],
  missed: ['error', 'Missed'],
  'no-data': ['none', 'No data'],
};

/** Where a scorecard KPI stands against its target. */
export const KpiStatusLabel = ({ status }: { status: KpiStatus }) => {
  const [tone, label] = labels[status];
  return <StatusLabel tone={tone}>{label}</StatusLabel>;
};
