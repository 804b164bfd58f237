import { createApiRef } from '@backstage/core-plugin-api';
import type { Scorecard } from '@platform-product/backstage-plugin-platform-product-common';
import {
  PlatformProductFetcher,
  apiPath,
  entitySegments,
} from '../../api/PlatformProductFetcher';
import type {
  PlatformProductClientOptions,
  PlatformProductDayRange,
  PlatformProductEntityRef,
} from '../../api/types';

/**
 * A platform's balanced scorecard. Rejects with a `ResponseError` from `@backstage/errors` when
 * the backend answers with an error.
 *
 * @public
 */
export interface ScorecardsApi {
  /** A platform's balanced scorecard with daily history (`GET /platforms/{ref}/scorecard`). */
  getScorecard(
    options: { entityRef: PlatformProductEntityRef } & PlatformProductDayRange,
  ): Promise<Scorecard>;
}

/**
 * The {@link ScorecardsApi}, provided by the plugin with a {@link ScorecardsClient}.
 *
 * @public
 */
export const scorecardsApiRef = createApiRef<ScorecardsApi>({
  id: 'plugin.platform-product.scorecards',
});

/**
 * The {@link ScorecardsApi} over the Platform Product backend.
 *
 * @public
 */
export class ScorecardsClient implements ScorecardsApi {
  private readonly fetcher: PlatformProductFetcher;

  constructor(options: PlatformProductClientOptions) {
    this.fetcher = new PlatformProductFetcher(options);
  }

  getScorecard(
    options: { entityRef: PlatformProductEntityRef } & PlatformProductDayRange,
  ): Promise<Scorecard> {
    const { entityRef, from, to } = options;
    return this.fetcher.get(
      apiPath`/platforms/${entitySegments(entityRef)}/scorecard`,
      { from, to },
    );
  }
}
