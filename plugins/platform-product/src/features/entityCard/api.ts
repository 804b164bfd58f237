import { createApiRef } from '@backstage/core-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { EntityCard } from '@platform-product/backstage-plugin-platform-product-common';
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
 * Everything the service-page card (`EntityPlatformUsageCard`) and the deprecation banner
 * (`EntityDeprecationWarning`) show, in one request per entity page.
 *
 * @public
 */
export interface EntityCardApi {
  /**
   * The entity's platforms, "Now" roadmap lines, relevant announcements, survey prompt and
   * deprecations (`GET /entities/{ref}/card`). Calls for the same entity while a request is on its
   * way, or shortly after it answered, share that request. Rejects with a `ResponseError` from
   * `@backstage/errors` when the backend answers with an error (a failed answer is not kept).
   */
  getEntityCard(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<EntityCard>;

  /**
   * Forgets what was fetched for the entity, so that the next {@link EntityCardApi.getEntityCard}
   * asks the backend again. Call it after a write that changes the card: an exception requested,
   * a survey answered, dismissed or snoozed.
   */
  invalidate(entityRef: PlatformProductEntityRef): void;
}

/**
 * The {@link EntityCardApi}, provided by the plugin with an {@link EntityCardClient}.
 *
 * @public
 */
export const entityCardApiRef = createApiRef<EntityCardApi>({
  id: 'plugin.platform-product.entity-card',
});

/** A request for one entity's card: the answer to come, and when it came. */
interface CardRequest {
  card: Promise<EntityCard>;
  answeredAt?: number;
}

/**
 * The {@link EntityCardApi} over the Platform Product backend. An answer is shared for
 * `maxAgeMs` (5 seconds by default) after it arrives: long enough for the card, the banner and
 * the banner's `EntitySwitch` condition on one page to share it, short enough that the next visit
 * sees fresh numbers.
 *
 * @public
 */
export class EntityCardClient implements EntityCardApi {
  private readonly fetcher: PlatformProductFetcher;
  private readonly maxAgeMs: number;
  private readonly now: () => number;
  private readonly requests = new Map<string, CardRequest>();

  constructor(
    options: PlatformProductClientOptions & {
      /** How long an answer is shared after it arrives; 5000 ms unless set. */
      maxAgeMs?: number;
      /** The clock, in ms; `Date.now` unless set (for tests). */
      now?: () => number;
    },
  ) {
    this.fetcher = new PlatformProductFetcher(options);
    this.maxAgeMs = options.maxAgeMs ?? 5000;
    this.now = options.now ?? Date.now;
  }

  getEntityCard(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<EntityCard> {
    this.forgetExpired();
    const key = cacheKey(options.entityRef);
    const known = this.requests.get(key);
    if (known) {
      return known.card;
    }
    const request: CardRequest = {
      card: this.fetcher.get<EntityCard>(
        apiPath`/entities/${entitySegments(options.entityRef)}/card`,
      ),
    };
    this.requests.set(key, request);
    request.card.then(
      () => {
        request.answeredAt = this.now();
      },
      () => {
        if (this.requests.get(key) === request) {
          this.requests.delete(key);
        }
      },
    );
    return request.card;
  }

  invalidate(entityRef: PlatformProductEntityRef): void {
    this.requests.delete(cacheKey(entityRef));
  }

  private forgetExpired() {
    const now = this.now();
    for (const [key, request] of this.requests) {
      if (
        request.answeredAt !== undefined &&
        now - request.answeredAt >= this.maxAgeMs
      ) {
        this.requests.delete(key);
      }
    }
  }
}

/** One key per entity, however its ref is written. */
function cacheKey(entityRef: PlatformProductEntityRef): string {
  return stringifyEntityRef(
    typeof entityRef === 'string' ? parseEntityRef(entityRef) : entityRef,
  );
}
