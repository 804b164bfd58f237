import { randomUUID } from 'node:crypto';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  KeyResult,
  KeyResultInput,
  Objective,
  ObjectiveInput,
  ObjectiveList,
  validateKeyResultInput,
  validateObjectiveInput,
} from '@platform-product/backstage-plugin-platform-product-common';
import { ObjectiveStore } from './ObjectiveStore';
import { EntityPermissions } from '../../core/catalog/EntityPermissions';
import { KeyResultLookup, KeyResultMovement } from '../../ports';
import { ResolvedPlatform } from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { KeyResultReader } from './KeyResultReader';
import { KeyResultSeries } from './KeyResultSeries';
import { conflictOrMissing } from '../../core/database';
import { throwIfInvalid } from '../../core/http';
import {
  keyResultFields,
  objectiveFields,
  toObjective,
} from './objectiveRecords';

/**
 * A platform's objectives and key results: reads with each key result's progress computed from its
 * bound series, and owner-only writes with optimistic versions (a stale version is a 409).
 * Implements {@link KeyResultLookup} for the roadmap; a group's key results are
 * `GroupKeyResultService`'s.
 *
 * @internal
 */
export class ObjectiveService implements KeyResultLookup {
  constructor(
    private readonly options: {
      store: ObjectiveStore;
      series: KeyResultSeries;
      reader: KeyResultReader;
      graphs: PlatformGraphProvider;
      entityPermissions: EntityPermissions;
      now: () => Date;
    },
  ) {}

  /** The platform's objectives, each key result with its progress now. */
  async list(platform: ResolvedPlatform): Promise<ObjectiveList> {
    const { store } = this.options;
    const [objectives, keyResults] = await Promise.all([
      store.listObjectives(platform.ref),
      store.listKeyResults(platform.ref),
    ]);
    const measured = await Promise.all(
      keyResults.map(kr => this.options.reader.toKeyResult(platform, kr)),
    );
    return {
      platformRef: platform.ref,
      items: objectives.map(objective =>
        toObjective(
          objective,
          measured.filter(kr => kr.objectiveId === objective.id),
        ),
      ),
      computedAt: this.options.now().toISOString(),
    };
  }

  async createObjective(
    platform: ResolvedPlatform,
    input: ObjectiveInput,
    credentials: BackstageCredentials,
  ): Promise<Objective> {
    await this.authorize(platform, credentials, 'add objectives to it');
    throwIfInvalid(validateObjectiveInput(input));
    const id = input.id ?? randomUUID();
    const now = this.options.now().getTime();
    await this.options.store.transaction(async store => {
      if (await store.getObjective(platform.ref, id)) {
        throw new ConflictError(
          `objective '${id}' already exists on ${platform.ref}; choose another id or edit that objective`,
        );
      }
      await store.insertObjective({
        platformRef: platform.ref,
        id,
        ...objectiveFields(input),
        createdAt: now,
      });
    });
    return this.getObjective(platform, id);
  }

  async updateObjective(
    platform: ResolvedPlatform,
    id: string,
    input: ObjectiveInput,
    version: number,
    credentials: BackstageCredentials,
  ): Promise<Objective> {
    await this.authorize(platform, credentials, 'edit its objectives');
    throwIfInvalid(validateObjectiveInput({ ...input, id: undefined }));
    await this.versioned('objective', platform, id, version, store =>
      store.updateObjective({
        platformRef: platform.ref,
        id,
        version,
        fields: objectiveFields(input),
        updatedAt: this.options.now().getTime(),
      }),
    );
    return this.getObjective(platform, id);
  }

  async deleteObjective(
    platform: ResolvedPlatform,
    id: string,
    version: number,
    credentials: BackstageCredentials,
  ): Promise<void> {
    await this.authorize(platform, credentials, 'delete its objectives');
    await this.versioned('objective', platform, id, version, store =>
      store.deleteObjective({ platformRef: platform.ref, id, version }),
    );
  }

  async createKeyResult(
    platform: ResolvedPlatform,
    objectiveId: string,
    input: KeyResultInput,
    credentials: BackstageCredentials,
  ): Promise<KeyResult> {
    await this.authorize(
      platform,
      credentials,
      'add key results to its objectives',
    );
    throwIfInvalid(validateKeyResultInput(input));
    const fields = keyResultFields(input);
    await this.options.series.checkBinding(platform, fields);
    const id = input.id ?? randomUUID();
    const now = this.options.now().getTime();
    await this.options.store.transaction(async store => {
      if (!(await store.getObjective(platform.ref, objectiveId))) {
        throw missing('objective', objectiveId, platform.ref);
      }
      if (await store.getKeyResult(platform.ref, id)) {
        throw new ConflictError(
          `key result '${id}' already exists on ${platform.ref}; key result ids are unique per platform, choose another id or edit that key result`,
        );
      }
      await store.insertKeyResult({
        platformRef: platform.ref,
        id,
        objectiveId,
        ...fields,
        createdAt: now,
      });
    });
    return this.getKeyResult(platform, id);
  }

  async updateKeyResult(
    platform: ResolvedPlatform,
    id: string,
    input: KeyResultInput,
    version: number,
    credentials: BackstageCredentials,
  ): Promise<KeyResult> {
    await this.authorize(platform, credentials, 'edit its key results');
    throwIfInvalid(validateKeyResultInput({ ...input, id: undefined }));
    const fields = keyResultFields(input);
    await this.options.series.checkBinding(platform, fields);
    await this.versioned('key result', platform, id, version, store =>
      store.updateKeyResult({
        platformRef: platform.ref,
        id,
        version,
        fields,
        updatedAt: this.options.now().getTime(),
      }),
    );
    return this.getKeyResult(platform, id);
  }

  async deleteKeyResult(
    platform: ResolvedPlatform,
    id: string,
    version: number,
    credentials: BackstageCredentials,
  ): Promise<void> {
    await this.authorize(platform, credentials, 'delete its key results');
    await this.versioned('key result', platform, id, version, store =>
      store.deleteKeyResult({ platformRef: platform.ref, id, version }),
    );
  }

  /** Runs a versioned write in a transaction; when it changed nothing, answers 404 or 409. */
  private async versioned(
    what: 'objective' | 'key result',
    platform: ResolvedPlatform,
    id: string,
    version: number,
    write: (store: ObjectiveStore) => Promise<boolean>,
  ): Promise<void> {
    await this.options.store.transaction(async store => {
      if (!(await write(store))) {
        const current =
          what === 'objective'
            ? await store.getObjective(platform.ref, id)
            : await store.getKeyResult(platform.ref, id);
        throw conflictOrMissing(
          `${what} '${id}' of ${platform.ref}`,
          version,
          current,
        );
      }
    });
  }

  async find(
    platformRef: string,
    keyResultId: string,
  ): Promise<{ id: string; objectiveId: string; title: string } | undefined> {
    const kr = await this.options.store.getKeyResult(
      platformRef.toLocaleLowerCase('en-US'),
      keyResultId,
    );
    return kr && { id: kr.id, objectiveId: kr.objectiveId, title: kr.title };
  }

  async movementSince(
    platformRef: string,
    keyResultId: string,
    since: Date,
  ): Promise<KeyResultMovement> {
    const ref = platformRef.toLocaleLowerCase('en-US');
    const kr = await this.options.store.getKeyResult(ref, keyResultId);
    if (!kr) {
      throw missing('key result', keyResultId, ref);
    }
    const platform = (await this.options.graphs.get())
      .platforms()
      .find(p => p.ref === ref);
    if (!platform) {
      throw new NotFoundError(`${ref} is no longer a platform in the catalog`);
    }
    const [atSince, current] = await Promise.all([
      this.options.series.measure(platform, kr, since),
      this.options.series.measure(platform, kr),
    ]);
    return {
      keyResultId: kr.id,
      title: kr.title,
      since: since.toISOString(),
      valueAtSince: atSince?.value ?? null,
      valueNow: current?.value ?? null,
      lastPointAt: current?.lastPointAt ?? null,
    };
  }

  private async getObjective(
    platform: ResolvedPlatform,
    id: string,
  ): Promise<Objective> {
    const objective = (await this.list(platform)).items.find(o => o.id === id);
    if (!objective) throw missing('objective', id, platform.ref);
    return objective;
  }

  private async getKeyResult(
    platform: ResolvedPlatform,
    id: string,
  ): Promise<KeyResult> {
    const kr = await this.options.store.getKeyResult(platform.ref, id);
    if (!kr) throw missing('key result', id, platform.ref);
    return this.options.reader.toKeyResult(platform, kr);
  }

  private authorize(
    platform: ResolvedPlatform,
    credentials: BackstageCredentials,
    action: string,
  ) {
    return this.options.entityPermissions.authorizeManage(
      platform.ref,
      credentials,
      action,
    );
  }
}

function missing(what: string, id: string, platformRef: string) {
  return new NotFoundError(`${what} '${id}' was not found on ${platformRef}`);
}
