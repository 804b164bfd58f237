import { Config } from '@backstage/config';

/** The config key the servers are read from. */
export const SERVERS_KEY = 'platformProduct.prometheus.servers';

/** The config key of a sentence added to the message sources show while no server is configured. */
export const NO_SERVER_HINT_KEY = 'platformProduct.prometheus.noServerHint';

/** How long one query may take by default, in seconds. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

/** The step between pulled points by default, in seconds. */
export const DEFAULT_STEP_SECONDS = 300;

const SERVER_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;

/**
 * A server that answers the Prometheus HTTP query API, as configured under
 * `platformProduct.prometheus.servers`.
 *
 * @public
 */
export interface PrometheusServer {
  /** The name sources use in `metricSourceRef`. */
  id: string;
  /** `http://` or `https://`, without `/api/v1`. */
  baseUrl: string;
  /** Whether sources without `metricSourceRef` use this server. */
  default?: boolean;
  /** Sent as `Authorization: Bearer <token>`. */
  bearerToken?: string;
  /** Further headers sent with every query. */
  headers?: Record<string, string>;
  /** How long one query may take, in seconds; 30 by default. */
  timeoutSeconds?: number;
  /** The step between pulled points, in whole seconds; 300 by default. */
  stepSeconds?: number;
}

/** A checked server with its defaults filled in, and what messages call it. */
export interface ResolvedServer {
  id: string;
  /** Without a trailing slash. */
  baseUrl: string;
  headers: Record<string, string>;
  timeoutMs: number;
  stepSeconds: number;
  /** `host:port`, for messages. */
  address: string;
  /** Its config key, e.g. `platformProduct.prometheus.servers[0]`. */
  key: string;
}

/** Reads `platformProduct.prometheus.servers` as it is; {@link resolveServers} checks it. */
export function readPrometheusServers(config: Config): PrometheusServer[] {
  return (config.getOptionalConfigArray(SERVERS_KEY) ?? []).map(server => {
    const headers = server.getOptionalConfig('headers');
    return {
      id: server.getString('id'),
      baseUrl: server.getString('baseUrl'),
      default: server.getOptionalBoolean('default'),
      bearerToken: server.getOptionalString('bearerToken'),
      headers: headers
        ? Object.fromEntries(
            headers.keys().map(name => [name, headers.getString(name)]),
          )
        : undefined,
      timeoutSeconds: server.getOptionalNumber('timeoutSeconds'),
      stepSeconds: server.getOptionalNumber('stepSeconds'),
    };
  });
}

/**
 * What every source says while no server is configured: how to add one, then the configured hint
 * (`platformProduct.prometheus.noServerHint`), e.g. how to get a server in your organisation.
 */
export function noServerMessage(hint?: string): string {
  const message = `No Prometheus server is configured: add one under ${SERVERS_KEY} in the backend's config, e.g. { id: main, baseUrl: 'http://prometheus:9090' }, and restart the backend`;
  return hint?.trim() ? `${message}. ${hint.trim()}` : message;
}

/**
 * Checks the servers, fills in their defaults and picks the default server: the one marked
 * `default`, else the only one, else the first (none when no server is configured). Throws an
 * error naming the config key and what to fix.
 */
export function resolveServers(servers: readonly PrometheusServer[]): {
  servers: ResolvedServer[];
  defaultServer?: ResolvedServer;
} {
  const resolved = servers.map((server, index) =>
    resolveServer(server, `${SERVERS_KEY}[${index}]`),
  );
  const seen = new Map<string, string>();
  for (const server of resolved) {
    const earlier = seen.get(server.id);
    if (earlier) {
      throw new Error(
        `${server.key}.id ${server.id} is also the id of ${earlier}; give each server its own id`,
      );
    }
    seen.set(server.id, server.key);
  }
  const defaults = servers.flatMap((server, index) =>
    server.default ? [index] : [],
  );
  if (defaults.length > 1) {
    throw new Error(
      `${defaults
        .map(index => `${resolved[index].key}.default`)
        .join(' and ')} are both true; mark only one server as the default`,
    );
  }
  return { servers: resolved, defaultServer: resolved.at(defaults[0] ?? 0) };
}

function resolveServer(server: PrometheusServer, key: string): ResolvedServer {
  if (!SERVER_ID.test(server.id)) {
    throw new Error(
      `${key}.id must be a name sources can give as metricSourceRef: letters, digits, _ . - (start with a letter or digit), at most 63 characters; it is '${server.id}'`,
    );
  }
  let url: URL;
  try {
    url = new URL(server.baseUrl);
  } catch {
    throw new Error(
      `${key}.baseUrl must be an http:// or https:// URL, e.g. http://prometheus:9090; it is '${server.baseUrl}'`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(
      `${key}.baseUrl must start with http:// or https://; it is '${server.baseUrl}'`,
    );
  }
  if (url.username || url.password) {
    throw new Error(
      `${key}.baseUrl must not hold a user name or password; set ${key}.headers.Authorization (Basic …) or ${key}.bearerToken instead`,
    );
  }
  if (url.search || url.hash) {
    throw new Error(
      `${key}.baseUrl must not have a query string or fragment; it is '${server.baseUrl}'`,
    );
  }
  const headers = { ...server.headers };
  if (server.bearerToken !== undefined) {
    if (Object.keys(headers).some(h => h.toLowerCase() === 'authorization')) {
      throw new Error(
        `${key} sets both bearerToken and headers.Authorization; keep only one`,
      );
    }
    headers.Authorization = `Bearer ${server.bearerToken}`;
  }
  const timeoutSeconds = server.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
  if (!(timeoutSeconds > 0)) {
    throw new Error(
      `${key}.timeoutSeconds must be a number of seconds above 0; it is ${timeoutSeconds}`,
    );
  }
  const stepSeconds = server.stepSeconds ?? DEFAULT_STEP_SECONDS;
  if (!Number.isInteger(stepSeconds) || stepSeconds < 1) {
    throw new Error(
      `${key}.stepSeconds must be a whole number of seconds, at least 1; it is ${stepSeconds}`,
    );
  }
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return {
    id: server.id,
    baseUrl: url.href.replace(/\/+$/, ''),
    headers,
    timeoutMs: timeoutSeconds * 1000,
    stepSeconds,
    address: `${url.hostname}:${port}`,
    key,
  };
}
