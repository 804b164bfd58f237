import {
  KeyResult,
  keyResultProgress,
} from '@platform-product/backstage-plugin-platform-product-common';
import { ResolvedPlatform } from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { KeyResultSeries } from './KeyResultSeries';
import { KeyResultRecord } from './ObjectiveStore';

/**
 * A stored key result as the API answers it: with its progress now, measured from its bound
 * series, and its scope's display name. Shared by a platform's objectives and a group's key
 * results.
 *
 * @internal
 */
export class KeyResultReader {
  constructor(
    private readonly options: {
      series: KeyResultSeries;
      graphs: PlatformGraphProvider;
    },
  ) {}

  async toKeyResult(
    platform: ResolvedPlatform,
    kr: KeyResultRecord,
  ): Promise<KeyResult> {
    const measurement = await this.options.series.measure(platform, kr);
    return {
      id: kr.id,
      objectiveId: kr.objectiveId,
      title: kr.title,
      binding: kr.binding,
      ...(kr.scope ? { scope: await this.scopeOf(kr.scope.groupRef) } : {}),
      baseline: kr.baseline,
      target: kr.target,
      direction: kr.direction,
      version: kr.version,
      progress: keyResultProgress({
        baseline: kr.baseline,
        target: kr.target,
        direction: kr.direction,
        value: measurement?.value ?? null,
        lastPointAt: measurement?.lastPointAt ?? null,
      }),
    };
  }

  /** A scope with the group's display name, or its name when the group has none. */
  private async scopeOf(groupRef: string) {
    const graph = await this.options.graphs.get();
    return {
      groupRef,
      title: graph.title(groupRef) ?? groupRef.slice(groupRef.indexOf('/') + 1),
    };
  }
}
