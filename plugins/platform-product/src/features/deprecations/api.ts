import { createApiRef } from '@backstage/core-plugin-api';
import type {
  DeprecationDetail,
  DeprecationException,
  DeprecationExceptionAuditEntry,
  DeprecationExceptionDecision,
  DeprecationExceptionRequest,
  DeprecationList,
  EntityDeprecations,
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
 * One exception to a deprecation: the deprecated entity and the exception's id.
 *
 * @public
 */
export type DeprecationExceptionRef = {
  deprecationRef: PlatformProductEntityRef;
  exceptionId: string;
};

/**
 * Deprecations across the catalog, their consumers and exceptions. Every method rejects with a
 * `ResponseError` from `@backstage/errors` when the backend answers with an error.
 *
 * @public
 */
export interface DeprecationsApi {
  /** Every active deprecation with consumers remaining, violations, exceptions and trend (`GET /deprecations`). */
  listDeprecations(): Promise<DeprecationList>;

  /** One deprecation: consumers by team, exceptions (`GET /deprecations/{ref}`). */
  getDeprecation(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<DeprecationDetail>;

  /** The deprecations an entity consumes, with its exceptions (`GET /entities/{ref}/deprecations`). */
  getEntityDeprecations(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<EntityDeprecations>;

  /**
   * Requests an exception for a consumer (`POST /deprecations/{ref}/exceptions`); owners of the
   * consumer only.
   */
  requestDeprecationException(options: {
    deprecationRef: PlatformProductEntityRef;
    request: DeprecationExceptionRequest;
  }): Promise<DeprecationException>;

  /**
   * Approves or denies an exception (`POST /deprecations/{ref}/exceptions/{id}/decision`); owners
   * of the deprecated entity only.
   */
  decideDeprecationException(options: {
    deprecationRef: PlatformProductEntityRef;
    exceptionId: string;
    decision: DeprecationExceptionDecision;
  }): Promise<DeprecationException>;

  /** Who requested and decided an exception (`GET /deprecations/{ref}/exceptions/{id}/audit`). */
  getDeprecationExceptionAudit(options: {
    deprecationRef: PlatformProductEntityRef;
    exceptionId: string;
  }): Promise<{ items: DeprecationExceptionAuditEntry[] }>;
}

/**
 * The {@link DeprecationsApi}, provided by the plugin with a {@link DeprecationsClient}.
 *
 * @public
 */
export const deprecationsApiRef = createApiRef<DeprecationsApi>({
  id: 'plugin.platform-product.deprecations',
});

/** The path of one exception to a deprecation. */
function exceptionPath({
  deprecationRef,
  exceptionId,
}: DeprecationExceptionRef): string {
  return apiPath`/deprecations/${entitySegments(
    deprecationRef,
  )}/exceptions/${exceptionId}`;
}

/**
 * The {@link DeprecationsApi} over the Platform Product backend.
 *
 * @public
 */
export class DeprecationsClient implements DeprecationsApi {
  private readonly fetcher: PlatformProductFetcher;

  constructor(options: PlatformProductClientOptions) {
    this.fetcher = new PlatformProductFetcher(options);
  }

  listDeprecations(): Promise<DeprecationList> {
    return this.fetcher.get('/deprecations');
  }

  getDeprecation(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<DeprecationDetail> {
    return this.fetcher.get(
      apiPath`/deprecations/${entitySegments(options.entityRef)}`,
    );
  }

  getEntityDeprecations(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<EntityDeprecations> {
    return this.fetcher.get(
      apiPath`/entities/${entitySegments(options.entityRef)}/deprecations`,
    );
  }

  requestDeprecationException(options: {
    deprecationRef: PlatformProductEntityRef;
    request: DeprecationExceptionRequest;
  }): Promise<DeprecationException> {
    return this.fetcher.send(
      'POST',
      apiPath`/deprecations/${entitySegments(
        options.deprecationRef,
      )}/exceptions`,
      { body: options.request },
    );
  }

  decideDeprecationException(
    options: DeprecationExceptionRef & {
      decision: DeprecationExceptionDecision;
    },
  ): Promise<DeprecationException> {
    return this.fetcher.send('POST', `${exceptionPath(options)}/decision`, {
      body: options.decision,
    });
  }

  getDeprecationExceptionAudit(
    options: DeprecationExceptionRef,
  ): Promise<{ items: DeprecationExceptionAuditEntry[] }> {
    return this.fetcher.get(`${exceptionPath(options)}/audit`);
  }
}
