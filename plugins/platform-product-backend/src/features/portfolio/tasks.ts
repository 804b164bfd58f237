import { FeatureTask } from '../../core/tasks';
import { PortfolioSnapshotter } from './PortfolioSnapshotter';

/**
 * The portfolio's scheduled work: its snapshot of every platform, every hour (and soon after the
 * backend starts), so that today's figures stay fresh and each past day keeps its last snapshot.
 *
 * @internal
 */
export function portfolioTasks(services: {
  portfolioSnapshots: PortfolioSnapshotter;
}): FeatureTask[] {
  return [
    {
      id: 'platform-product-portfolio-snapshot',
      description:
        "records each platform's portfolio figures, per-org adoption and adopting teams for today",
      frequency: { minutes: 60 },
      timeout: { minutes: 15 },
      initialDelay: { seconds: 45 },
      fn: () => services.portfolioSnapshots.snapshotAll(),
    },
  ];
}
