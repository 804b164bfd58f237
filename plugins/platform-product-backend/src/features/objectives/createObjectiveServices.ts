import { MetricStore, SnapshotStore } from '../../core/metrics';
import { EntityPermissions } from '../../core/catalog/EntityPermissions';
import { PlatformCatalog } from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import {
  DeprecationConsumerSource,
  ScorecardSource,
  SloStatusSource,
} from '../../ports';
import { GroupKeyResultService } from './GroupKeyResultService';
import { KeyResultReader } from './KeyResultReader';
import { KeyResultSeries } from './KeyResultSeries';
import { ObjectiveService } from './ObjectiveService';
import { ObjectiveStore } from './ObjectiveStore';

/**
 * Wires objectives with key results measured from the metrics, snapshots, scorecards, SLO status
 * and deprecation consumers (`objectives`, also the roadmap's `KeyResultLookup`), and the group
 * page's `GroupKeyResultSource` (`groupKeyResults`).
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
  const reader = new KeyResultReader({ series, graphs });
  return {
    objectives: new ObjectiveService({
      store: options.objectiveStore,
      series,
      reader,
      graphs,
      entityPermissions: options.entityPermissions,
      now,
    }),
    groupKeyResults: new GroupKeyResultService({
      store: options.objectiveStore,
      platformCatalog: options.platformCatalog,
      reader,
    }),
  };
}
