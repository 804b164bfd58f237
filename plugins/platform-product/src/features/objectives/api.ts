import { createApiRef } from '@backstage/core-plugin-api';
import type {
  KeyResult,
  KeyResultInput,
  Objective,
  ObjectiveInput,
  ObjectiveList,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  PlatformProductFetcher,
  apiPath,
  entitySegments,
} from '../../api/PlatformProductFetcher';
import type {
  PlatformProductClientOptions,
  PlatformProductEntityRef,
} from '../../api/types';

/**
 * A platform's objectives and their key results, whose progress the backend computes from measured
 * series. Writes are for the platform's owners (others get a 403 whose message says so); a write
 * with a stale `version` is refused with a 409. Every method rejects with a `ResponseError` from
 * `@backstage/errors` when the backend answers with an error.
 *
 * @public
 */
export interface ObjectivesApi {
  /** The platform's objectives with each key result's computed progress (`GET /platforms/{ref}/objectives`). */
  listObjectives(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<ObjectiveList>;

  /** Adds an objective (`POST /platforms/{ref}/objectives`). */
  createObjective(options: {
    entityRef: PlatformProductEntityRef;
    objective: ObjectiveInput;
  }): Promise<Objective>;

  /** Replaces an objective (`PUT /platforms/{ref}/objectives/{id}`); `objective.version` is the one read. */
  updateObjective(options: {
    entityRef: PlatformProductEntityRef;
    objectiveId: string;
    objective: ObjectiveInput;
  }): Promise<Objective>;

  /** Deletes an objective and its key results (`DELETE /platforms/{ref}/objectives/{id}`). */
  deleteObjective(options: {
    entityRef: PlatformProductEntityRef;
    objectiveId: string;
    version: number;
  }): Promise<void>;

  /** Adds a key result to an objective (`POST /platforms/{ref}/objectives/{id}/key-results`). */
  createKeyResult(options: {
    entityRef: PlatformProductEntityRef;
    objectiveId: string;
    keyResult: KeyResultInput;
  }): Promise<KeyResult>;

  /** Replaces a key result (`PUT /platforms/{ref}/key-results/{id}`). */
  updateKeyResult(options: {
    entityRef: PlatformProductEntityRef;
    keyResultId: string;
    keyResult: KeyResultInput;
  }): Promise<KeyResult>;

  /** Deletes a key result (`DELETE /platforms/{ref}/key-results/{id}`). */
  deleteKeyResult(options: {
    entityRef: PlatformProductEntityRef;
    keyResultId: string;
    version: number;
  }): Promise<void>;
}

/**
 * The {@link ObjectivesApi}, provided by the plugin with an {@link ObjectivesClient}.
 *
 * @public
 */
export const objectivesApiRef = createApiRef<ObjectivesApi>({
  id: 'plugin.platform-product.objectives',
});

/**
 * The {@link ObjectivesApi} over the Platform Product backend.
 *
 * @public
 */
export class ObjectivesClient implements ObjectivesApi {
  private readonly fetcher: PlatformProductFetcher;

  constructor(options: PlatformProductClientOptions) {
    this.fetcher = new PlatformProductFetcher(options);
  }

  listObjectives(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<ObjectiveList> {
    return this.fetcher.get(
      apiPath`/platforms/${entitySegments(options.entityRef)}/objectives`,
    );
  }

  createObjective(options: {
    entityRef: PlatformProductEntityRef;
    objective: ObjectiveInput;
  }): Promise<Objective> {
    return this.fetcher.send(
      'POST',
      apiPath`/platforms/${entitySegments(options.entityRef)}/objectives`,
      { body: options.objective },
    );
  }

  updateObjective(options: {
    entityRef: PlatformProductEntityRef;
    objectiveId: string;
    objective: ObjectiveInput;
  }): Promise<Objective> {
    const { entityRef, objectiveId, objective } = options;
    return this.fetcher.send(
      'PUT',
      apiPath`/platforms/${entitySegments(
        entityRef,
      )}/objectives/${objectiveId}`,
      { body: objective },
    );
  }

  async deleteObjective(options: {
    entityRef: PlatformProductEntityRef;
    objectiveId: string;
    version: number;
  }): Promise<void> {
    const { entityRef, objectiveId, version } = options;
    await this.fetcher.send(
      'DELETE',
      apiPath`/platforms/${entitySegments(
        entityRef,
      )}/objectives/${objectiveId}`,
      { query: { version } },
    );
  }

  createKeyResult(options: {
    entityRef: PlatformProductEntityRef;
    objectiveId: string;
    keyResult: KeyResultInput;
  }): Promise<KeyResult> {
    const { entityRef, objectiveId, keyResult } = options;
    return this.fetcher.send(
      'POST',
      apiPath`/platforms/${entitySegments(
        entityRef,
      )}/objectives/${objectiveId}/key-results`,
      { body: keyResult },
    );
  }

  updateKeyResult(options: {
    entityRef: PlatformProductEntityRef;
    keyResultId: string;
    keyResult: KeyResultInput;
  }): Promise<KeyResult> {
    const { entityRef, keyResultId, keyResult } = options;
    return this.fetcher.send(
      'PUT',
      apiPath`/platforms/${entitySegments(
        entityRef,
      )}/key-results/${keyResultId}`,
      { body: keyResult },
    );
  }

  async deleteKeyResult(options: {
    entityRef: PlatformProductEntityRef;
    keyResultId: string;
    version: number;
  }): Promise<void> {
    const { entityRef, keyResultId, version } = options;
    await this.fetcher.send(
      'DELETE',
      apiPath`/platforms/${entitySegments(
        entityRef,
      )}/key-results/${keyResultId}`,
      { query: { version } },
    );
  }
}
