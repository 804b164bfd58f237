import type { SloHealth } from '@platform-product/backstage-plugin-platform-product-common';
import { StatusLabel, StatusTone } from './StatusLabel';

const labels: Record<SloHealth, [StatusTone, string]> = {
  healthy: ['ok', 'Healthy'],
  'at-risk': ['warning', 'At risk'],
  breached: ['error', 'Breached'],
  'no-data': ['none', 'No data'],
};

/** The health of an SLO, or of a platform's SLOs taken together. */
export const SloHealthLabel = ({ health }: { health: SloHealth }) => {
  const [tone, label] = labels[health];
  return <StatusLabel tone={tone}>{label}</StatusLabel>;
};
