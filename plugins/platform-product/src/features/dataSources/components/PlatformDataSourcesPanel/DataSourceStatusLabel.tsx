import type { DataSourceStatus } from '@platform-product/backstage-plugin-platform-product-common';
import { StatusLabel } from '../../../../shared/StatusLabel';
import { PROBLEM_LABELS } from './dataSourceText';

/**
 * How a pulled metric's last pull went: its problem, "Not pulled yet" before the first pull, or
 * "OK"; nothing for a pushed one.
 */
export const DataSourceStatusLabel = ({ item }: { item: DataSourceStatus }) => {
  if (item.mode === 'pushed') {
    return null;
  }
  if (item.problem) {
    const [tone, label] = PROBLEM_LABELS[item.problem];
    return <StatusLabel tone={tone}>{label}</StatusLabel>;
  }
  return item.lastAttemptAt ? (
    <StatusLabel tone="ok">OK</StatusLabel>
  ) : (
    <StatusLabel tone="none">Not pulled yet</StatusLabel>
  );
};
