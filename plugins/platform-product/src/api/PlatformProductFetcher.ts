import { parseEntityRef } from '@backstage/catalog-model';
import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  PlatformProductClientOptions,
  PlatformProductEntityRef,
} from './types';

/**
 * Query parameters of a request; those without a value are left out, and a list is sent as the
 * parameter repeated (`category=a&category=b`).
 */
export type QueryParams = Record<
  string,
  string | number | readonly string[] | undefined
>;

/** Path segments that are already encoded, e.g. an entity's `kind/namespace/name`. */
class EncodedSegments {
  constructor(readonly encoded: string) {}
}

/**
 * An entity as the three path segments the backend's routes take, `kind/namespace/name`: each part
 * encoded, the kind in lower case. For use inside {@link apiPath}.
 */
export function entitySegments(
  entityRef: PlatformProductEntityRef,
): EncodedSegments {
  const { kind, namespace, name } =
    typeof entityRef === 'string' ? parseEntityRef(entityRef) : entityRef;
  return new EncodedSegments(
    [kind.toLocaleLowerCase('en-US'), namespace, name]
      .map(part => encodeURIComponent(part))
      .join('/'),
  );
}

/**
 * A path of the backend's API, with every interpolated value encoded as one path segment:
 * ``apiPath`/platforms/${entitySegments(ref)}/objectives/${id}` `` →
 * `/platforms/system/default/deploy-platform/objectives/faster%20delivery`.
 */
export function apiPath(
  strings: TemplateStringsArray,
  ...values: Array<string | number | EncodedSegments>
): string {
  return strings.reduce((path, text, index) => {
    if (index === 0) {
      return text;
    }
    const value = values[index - 1];
    const segment =
      value instanceof EncodedSegments
        ? value.encoded
        : encodeURIComponent(String(value));
    return `${path}${segment}${text}`;
  }, '');
}

/**
 * `?a=1&b=2&b=3` from the parameters that have a value (a list repeats its key), or nothing when
 * none has.
 */
export function queryString(params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const values = typeof value === 'object' ? value : [value];
    for (const item of values) {
      if (item !== undefined && item !== '') {
        search.append(key, String(item));
      }
    }
  }
  const query = search.toString();
  return query ? `?${query}` : '';
}

/**
 * The one way the plugin's clients talk to the Platform Product backend: finds it through the
 * app's discovery API, sends through its fetch API (so requests carry the signed-in user's
 * credentials), and turns every answer that is not a 2xx into a `ResponseError` from
 * `@backstage/errors` carrying the backend's message.
 */
export class PlatformProductFetcher {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: PlatformProductClientOptions) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  /** A GET answered with JSON. */
  async get<T>(path: string, query?: QueryParams): Promise<T> {
    const response = await this.fetch(`${path}${queryString(query)}`);
    return response.json();
  }

  /** A GET answered with text, e.g. a CSV or YAML file. */
  async getText(path: string, query?: QueryParams): Promise<string> {
    const response = await this.fetch(`${path}${queryString(query)}`);
    return response.text();
  }

  /**
   * A write: `body`, when given, is sent as JSON. An answer without content (204) resolves to
   * undefined.
   */
  async send<T>(
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    options: { body?: unknown; query?: QueryParams } = {},
  ): Promise<T> {
    const { body, query } = options;
    const response = await this.fetch(
      `${path}${queryString(query)}`,
      body === undefined
        ? { method }
        : {
            method,
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          },
    );
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  private async fetch(path: string, init?: RequestInit): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('platform-product');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}
