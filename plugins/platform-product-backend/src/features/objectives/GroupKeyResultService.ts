import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { GroupKeyResult } from '@platform-product/backstage-plugin-platform-product-common';
import {
  PlatformCatalog,
  platformTitle,
  ResolvedPlatform,
} from '../../core/catalog/PlatformCatalog';
import { GroupKeyResultSource } from '../../ports';
import { KeyResultReader } from './KeyResultReader';
import { groupBindingOf } from './objectiveRecords';
import { KeyResultRecord, ObjectiveStore } from './ObjectiveStore';

/**
 * The key results scoped to groups (shared objectives), for a group's page: the
 * {@link GroupKeyResultSource} of the groups feature.
 *
 * @internal
 */
export class GroupKeyResultService implements GroupKeyResultSource {
  constructor(
    private readonly options: {
      store: ObjectiveStore;
      platformCatalog: PlatformCatalog;
      reader: KeyResultReader;
    },
  ) {}

  /**
   * The key results whose scope is exactly one of `groupRefs` — the hierarchy is not walked here:
   * a group's page passes the group and its ancestors (`PlatformGraph.ancestors`), so that a team
   * sees the key results of its orgs too — each with its progress now, on the platforms the caller
   * can see in the catalog (the others are left out), by platform, objective and position.
   */
  async keyResultsScopedTo(
    groupRefs: ReadonlySet<string> | readonly string[],
    credentials: BackstageCredentials,
  ): Promise<GroupKeyResult[]> {
    const { store, platformCatalog } = this.options;
    const records = await store.listKeyResultsScopedTo(
      [...groupRefs].map(ref => ref.toLocaleLowerCase('en-US')),
    );
    const platforms = await platformCatalog.getPlatforms(
      [...new Set(records.map(kr => kr.platformRef))],
      credentials,
    );
    const results = await Promise.all(
      platforms.map(async platform => {
        const objectives = new Map(
          (await store.listObjectives(platform.ref)).map(o => [o.id, o.title]),
        );
        return Promise.all(
          records
            .filter(kr => kr.platformRef === platform.ref)
            .map(kr =>
              this.toGroupKeyResult(
                platform,
                kr,
                objectives.get(kr.objectiveId),
              ),
            ),
        );
      }),
    );
    return results
      .flat()
      .filter((kr): kr is GroupKeyResult => kr !== undefined);
  }

  private async toGroupKeyResult(
    platform: ResolvedPlatform,
    record: KeyResultRecord,
    objectiveTitle: string | undefined,
  ): Promise<GroupKeyResult | undefined> {
    const binding = groupBindingOf(record.binding);
    if (!record.scope || !binding || objectiveTitle === undefined) {
      return undefined;
    }
    const kr = await this.options.reader.toKeyResult(platform, record);
    return {
      platformRef: platform.ref,
      platformTitle: platformTitle(platform),
      objectiveId: kr.objectiveId,
      objectiveTitle,
      keyResultId: kr.id,
      title: kr.title,
      scopeRef: record.scope.groupRef,
      baseline: kr.baseline,
      target: kr.target,
      direction: kr.direction,
      binding,
      progress: kr.progress,
    };
  }
}
