import { MetricStore, SnapshotStore } from '../../core/metrics';
import { EntityPermissions } from '../../core/catalog/EntityPermissions';
import { PlatformCatalog } from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import {
  DeprecationConsumerSource,
  ScorecardSource,
  SloStatusSource,
} from '../../ports';
import { KeyResultSeries } from './KeyResultSeries';
import { ObjectiveService } from './ObjectiveService';
import { ObjectiveStore } from './ObjectiveStore';

/**
 * Wires objectives with key results measured from the metrics, snapshots, scorecards, SLO status
 * and deprecation consumers (`objectives`, also the roadmap's `KeyResultLookup` and the group
 * page's `GroupKeyResultSource`).
 *
 * @internal
 */
export function createObjectiveServices(options: {
  objectiveStore: ObjectiveStore;
  metrics: MetricStore;
  snapshots: SnapshotStore;
  graphs: PlatformGraphProvider;
  platformCatalog: PlatformCatalog;
  scorecards: ScorecardSource;
  sloStatus: SloStatusSource;
  deprecationConsumers: DeprecationConsumerSource;
  entityPermissions: EntityPermissions;
  now: () => Date;
}) {
  const { graphs, now } = options;
  const series = new KeyResultSeries({
    metrics: options.metrics,
    snapshots: options.snapshots,
    graphs,
    scorecards: options.scorecards,
    sloStatus: options.sloStatus,
    deprecationConsumers: options.deprecationConsumers,
    now,
  });
  return {
    objectives: new ObjectiveService({
      store: options.objectiveStore,
      series,
      graphs,
      platformCatalog: options.platformCatalog,
      entityPermissions: options.entityPermissions,
      now,
    }),
  };
}
