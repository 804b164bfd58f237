import { createApiRef } from '@backstage/core-plugin-api';
import type {
  FeedbackEvidenceInput,
  RoadmapItemEvidence,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  PlatformProductFetcher,
  apiPath,
  entitySegments,
} from '../../api/PlatformProductFetcher';
import type { PlatformProductClientOptions } from '../../api/types';
import type { RoadmapItemRef } from '../roadmap/api';

/**
 * The feedback that backs roadmap items: how much and from which personas and orgs for everyone,
 * the pieces for the platform's owners; owners link survey comments and record notes. Every method
 * rejects with a `ResponseError` from `@backstage/errors` when the backend answers with an error.
 *
 * @public
 */
export interface FeedbackApi {
  /** The item's evidence (`GET …/roadmap/items/{id}/evidence`). */
  getRoadmapItemEvidence(options: RoadmapItemRef): Promise<RoadmapItemEvidence>;

  /**
   * Backs the item with a survey comment (`{ commentId }`) or a recorded note
   * (`POST …/roadmap/items/{id}/evidence`); owners only.
   */
  addRoadmapItemEvidence(
    options: RoadmapItemRef & { evidence: FeedbackEvidenceInput },
  ): Promise<RoadmapItemEvidence>;

  /** Removes a piece of the item's evidence (`DELETE …/evidence/{evidenceId}`); owners only. */
  removeRoadmapItemEvidence(
    options: RoadmapItemRef & { evidenceId: string },
  ): Promise<void>;
}

/**
 * The {@link FeedbackApi}.
 *
 * @public
 */
export const feedbackApiRef = createApiRef<FeedbackApi>({
  id: 'plugin.platform-product.feedback',
});

function evidencePath({ entityRef, itemId }: RoadmapItemRef): string {
  return apiPath`/platforms/${entitySegments(
    entityRef,
  )}/roadmap/items/${itemId}/evidence`;
}

/**
 * The {@link FeedbackApi} over the Platform Product backend.
 *
 * @public
 */
export class FeedbackClient implements FeedbackApi {
  private readonly fetcher: PlatformProductFetcher;

  constructor(options: PlatformProductClientOptions) {
    this.fetcher = new PlatformProductFetcher(options);
  }

  getRoadmapItemEvidence(
    options: RoadmapItemRef,
  ): Promise<RoadmapItemEvidence> {
    return this.fetcher.get(evidencePath(options));
  }

  addRoadmapItemEvidence(
    options: RoadmapItemRef & { evidence: FeedbackEvidenceInput },
  ): Promise<RoadmapItemEvidence> {
    return this.fetcher.send('POST', evidencePath(options), {
      body: options.evidence,
    });
  }

  async removeRoadmapItemEvidence(
    options: RoadmapItemRef & { evidenceId: string },
  ): Promise<void> {
    await this.fetcher.send(
      'DELETE',
      `${evidencePath(options)}${apiPath`/${options.evidenceId}`}`,
    );
  }
}
