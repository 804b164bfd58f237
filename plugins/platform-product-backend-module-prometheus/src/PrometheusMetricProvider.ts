import { Config } from '@backstage/config';
import {
  ConcurrencyLimit,
  MetricProvider,
  MetricPullError,
  MetricPullRequest,
  MetricSource,
  PulledSeries,
} from '@platform-product/backstage-plugin-platform-product-node';
import { counterIncreases } from './counterIncreases';
import { queryRange } from './queryRange';
import { RawSeries } from './readQueryRangeAnswer';
import {
  NO_SERVER_HINT_KEY,
  noServerMessage,
  PrometheusServer,
  readPrometheusServers,
  ResolvedServer,
  resolveServers,
  SERVERS_KEY,
} from './servers';
import { stepChunks } from './stepChunks';

/**
 * Options of {@link PrometheusMetricProvider}.
 *
 * @public
 */
export interface PrometheusMetricProviderOptions {
  /**
   * The servers, as under `platformProduct.prometheus.servers`. Without any, every source is
   * `misconfigured` with a message that says how to add one.
   */
  servers: PrometheusServer[];
  /**
   * A sentence added to that message, as under `platformProduct.prometheus.noServerHint`: how to
   * get a server where you are.
   */
  noServerHint?: string;
  /** Sends the queries; the global `fetch` by default. */
  fetch?: typeof fetch;
  /** How many queries the provider has in flight at most, across all pulls; 2 by default. */
  maxRequestsInFlight?: number;
}

/**
 * Pulls the metric sources of type `Prometheus` with range queries: a counter's samples become
 * per-step increases (a reset counts from zero), a gauge's samples come as they are; long ranges
 * are asked for in chunks of at most 10,000 steps.
 *
 * @public
 */
export class PrometheusMetricProvider implements MetricProvider {
  /** A provider for the servers under `platformProduct.prometheus.servers`. */
  static fromConfig(
    config: Config,
    options: Omit<PrometheusMetricProviderOptions, 'servers'> = {},
  ): PrometheusMetricProvider {
    return new PrometheusMetricProvider({
      ...options,
      servers: readPrometheusServers(config),
      noServerHint: config.getOptionalString(NO_SERVER_HINT_KEY),
    });
  }

  readonly types = ['Prometheus'];

  private readonly servers: ResolvedServer[];
  private readonly defaultServer?: ResolvedServer;
  private readonly noServerHint?: string;
  private readonly fetch: typeof fetch;
  private readonly requests: ConcurrencyLimit;

  /** Throws an error naming the config key when the servers are not right. */
  constructor(options: PrometheusMetricProviderOptions) {
    const { servers, defaultServer } = resolveServers(options.servers);
    this.servers = servers;
    this.defaultServer = defaultServer;
    this.noServerHint = options.noServerHint;
    this.fetch = options.fetch ?? fetch;
    this.requests = new ConcurrencyLimit(options.maxRequestsInFlight ?? 2);
  }

  /** Whether any server is configured: without one, every source is `misconfigured`. */
  hasServers(): boolean {
    return this.servers.length > 0;
  }

  /** The ids of the servers and which one is the default, for the log. */
  describeServers(): string {
    if (!this.hasServers()) {
      return 'no server';
    }
    return this.servers
      .map(
        server =>
          `${server.id} (${server.baseUrl}, step ${server.stepSeconds} s${
            server === this.defaultServer ? ', default' : ''
          })`,
      )
      .join(', ');
  }

  validate(source: MetricSource): string[] {
    const problems: string[] = [];
    if (!this.hasServers()) {
      problems.push(noServerMessage(this.noServerHint));
    }
    const query = source.spec?.query;
    if (typeof query !== 'string' || query.trim() === '') {
      problems.push(
        `spec.query must be a PromQL expression, e.g. http_requests_total{code!~"5.."}; it is ${
          typeof query === 'string' ? 'empty' : describeValue(query)
        }`,
      );
    }
    if (
      this.hasServers() &&
      source.metricSourceRef !== undefined &&
      !this.serverOf(source)
    ) {
      problems.push(
        `metricSourceRef ${
          source.metricSourceRef
        } names no configured Prometheus server; ${SERVERS_KEY} has ${this.servers
          .map(server => server.id)
          .join(', ')}`,
      );
    }
    return problems;
  }

  stepSeconds(source: MetricSource): number | undefined {
    return this.serverOf(source)?.stepSeconds;
  }

  async pull(request: MetricPullRequest): Promise<PulledSeries[]> {
    const problems = this.validate(request.source);
    const server = this.serverOf(request.source);
    if (problems.length > 0 || !server) {
      throw new MetricPullError('misconfigured', problems.join('; '));
    }
    const query = String(request.source.spec.query);
    const step = request.stepSeconds;
    const start = request.start.getTime();
    const end = request.end.getTime();
    // A counter's first step needs the sample one step before it.
    const from = request.kind === 'counter' ? start - step * 1000 : start;
    const bySeries = new Map<string, RawSeries>();
    for (const chunk of stepChunks(from / 1000, end / 1000, step)) {
      const answer = await this.requests.run(() =>
        queryRange({
          server,
          query,
          ...chunk,
          step,
          signal: request.signal,
          fetch: this.fetch,
        }),
      );
      for (const series of answer) {
        const key = labelsKey(series.labels);
        const known = bySeries.get(key);
        if (known) {
          known.samples.push(...series.samples);
        } else {
          bySeries.set(key, series);
        }
      }
    }
    const pulled = [...bySeries.values()]
      .map(({ labels, samples }) => ({
        labels,
        points: (request.kind === 'counter'
          ? counterIncreases(samples, start)
          : samples
        ).map(sample => ({
          timestamp: new Date(sample.timestamp),
          value: sample.value,
        })),
      }))
      .filter(series => series.points.length > 0);
    const points = pulled.flatMap(series => series.points);
    if (points.length > 0 && !points.some(p => Number.isFinite(p.value))) {
      throw new MetricPullError(
        'invalid-value',
        `Every value the query returned from ${request.start.toISOString()} to ${request.end.toISOString()} is NaN or ±Inf (${
          points.length
        } values in ${
          pulled.length
        } series); check the query, e.g. a division by zero where nothing happened`,
      );
    }
    return pulled;
  }

  private serverOf(source: MetricSource): ResolvedServer | undefined {
    if (source.metricSourceRef === undefined) {
      return this.defaultServer;
    }
    return this.servers.find(server => server.id === source.metricSourceRef);
  }
}

function labelsKey(labels: Record<string, string>): string {
  return JSON.stringify(
    Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

function describeValue(value: unknown): string {
  if (value === undefined || value === null) {
    return 'missing';
  }
  return `a ${Array.isArray(value) ? 'list' : typeof value}`;
}
