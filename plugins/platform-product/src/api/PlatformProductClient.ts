import { parseEntityRef } from '@backstage/catalog-model';
import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  AdoptionReport,
  EntityPlatforms,
  IngestResult,
  MetricPointInput,
  PlatformList,
  Scorecard,
  SloReport,
} from '@platform-product/backstage-plugin-platform-product-common';
import type {
  PlatformProductApi,
  PlatformProductDayRange,
  PlatformProductEntityRef,
} from './PlatformProductApi';

/** `kind/namespace/name` of an entity, each part encoded, as the backend's routes expect it. */
function entityPath(entityRef: PlatformProductEntityRef): string {
  const { kind, namespace, name } =
    typeof entityRef === 'string' ? parseEntityRef(entityRef) : entityRef;
  return [kind.toLocaleLowerCase('en-US'), namespace, name]
    .map(part => encodeURIComponent(part))
    .join('/');
}

function dayRangeQuery(range: PlatformProductDayRange): string {
  const params = new URLSearchParams();
  if (range.from) {
    params.set('from', range.from);
  }
  if (range.to) {
    params.set('to', range.to);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Talks to the Platform Product backend through the app's discovery and fetch APIs, so that
 * requests carry the signed-in user's credentials.
 *
 * @public
 */
export class PlatformProductClient implements PlatformProductApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  listPlatforms(): Promise<PlatformList> {
    return this.request('/platforms');
  }

  getScorecard(
    options: { entityRef: PlatformProductEntityRef } & PlatformProductDayRange,
  ): Promise<Scorecard> {
    return this.request(
      `/platforms/${entityPath(options.entityRef)}/scorecard${dayRangeQuery(
        options,
      )}`,
    );
  }

  getSlos(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<SloReport> {
    return this.request(`/platforms/${entityPath(options.entityRef)}/slos`);
  }

  getAdoption(
    options: { entityRef: PlatformProductEntityRef } & PlatformProductDayRange,
  ): Promise<AdoptionReport> {
    return this.request(
      `/platforms/${entityPath(options.entityRef)}/adoption${dayRangeQuery(
        options,
      )}`,
    );
  }

  refreshAdoption(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<AdoptionReport> {
    return this.request(
      `/platforms/${entityPath(options.entityRef)}/adoption/refresh`,
      { method: 'POST' },
    );
  }

  getEntityPlatforms(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<EntityPlatforms> {
    return this.request(`/entities/${entityPath(options.entityRef)}/platforms`);
  }

  ingestMetrics(options: {
    points: MetricPointInput[];
  }): Promise<IngestResult> {
    return this.request('/metrics', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ points: options.points }),
    });
  }

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('platform-product');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.json();
  }
}
