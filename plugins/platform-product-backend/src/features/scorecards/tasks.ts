import { FeatureTask } from '../../core/tasks';
import { SnapshotService } from './SnapshotService';

/**
 * The scorecards' scheduled work: the daily snapshot of every platform's adoption and KPIs.
 *
 * @internal
 */
export function scorecardTasks(services: {
  snapshots: SnapshotService;
}): FeatureTask[] {
  return [
    {
      id: 'platform-product-daily-snapshot',
      description:
        "records each platform's adoption and scorecard KPIs for the day (and backfills metric KPIs of days before the first snapshot)",
      frequency: { cron: '15 0 * * *' },
      timeout: { minutes: 15 },
      initialDelay: { seconds: 30 },
      fn: () => services.snapshots.snapshotAll(),
    },
  ];
}
