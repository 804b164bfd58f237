import { MetricPullError } from '@platform-product/backstage-plugin-platform-product-node';
import { Sample } from './counterIncreases';

/** One series of a range query's answer, with its samples as numbers. */
export interface RawSeries {
  labels: Record<string, string>;
  samples: Sample[];
}

/** An HTTP answer as it came. */
export interface HttpAnswer {
  status: number;
  statusText: string;
  body: string;
}

/** A value as Prometheus writes it: a decimal, or `NaN`, `+Inf`, `-Inf`. */
export function sampleValue(text: unknown): number {
  if (text === '+Inf') {
    return Infinity;
  }
  if (text === '-Inf') {
    return -Infinity;
  }
  return typeof text === 'string' && text.trim() !== '' ? Number(text) : NaN;
}

/**
 * The series of Prometheus's answer to `GET /api/v1/query_range`, or a {@link MetricPullError}
 * in words: `rejected` with Prometheus's own error text for a query it refused, `timeout` when it
 * gave up on the query, `rejected` with the status and the body's start for anything else.
 */
export function readQueryRangeAnswer(
  answer: HttpAnswer,
  server: { address: string; key: string },
): RawSeries[] {
  const json = parseJson(answer.body);
  if (answer.status >= 200 && answer.status < 300) {
    const series = matrixOf(json);
    if (series) {
      return series;
    }
    throw new MetricPullError(
      'rejected',
      `Prometheus at ${
        server.address
      } answered with something else than its query API's JSON (${bodyStart(
        answer.body,
      )}); check that ${
        server.key
      }.baseUrl points at Prometheus itself, without /graph or /api/v1`,
    );
  }
  if (json?.status === 'error' && typeof json.error === 'string') {
    if (json.errorType === 'timeout' || json.errorType === 'canceled') {
      throw new MetricPullError(
        'timeout',
        `Prometheus gave up on the query: ${json.error}; simplify the query or raise Prometheus's --query.timeout`,
      );
    }
    if (answer.status === 400 || answer.status === 422) {
      throw new MetricPullError(
        'rejected',
        `Prometheus rejected the query: ${json.error.replace(
          /^invalid parameter "query": /,
          '',
        )}`,
      );
    }
    throw new MetricPullError(
      'rejected',
      `Prometheus at ${server.address} answered HTTP ${answer.status}: ${json.error}`,
    );
  }
  throw new MetricPullError(
    'rejected',
    `Prometheus at ${server.address} answered HTTP ${answer.status}${
      answer.statusText ? ` ${answer.statusText}` : ''
    } (${bodyStart(answer.body)})${statusHint(answer.status, server.key)}`,
  );
}

function statusHint(status: number, key: string): string {
  if (status === 401 || status === 403) {
    return `; check ${key}.bearerToken or ${key}.headers`;
  }
  if (status === 404) {
    return `; check that ${key}.baseUrl points at Prometheus itself, without /graph or /api/v1`;
  }
  return '';
}

function parseJson(body: string): Record<string, any> | undefined {
  try {
    const json = JSON.parse(body);
    return json && typeof json === 'object' ? json : undefined;
  } catch {
    return undefined;
  }
}

function matrixOf(
  json: Record<string, any> | undefined,
): RawSeries[] | undefined {
  if (
    json?.status !== 'success' ||
    json.data?.resultType !== 'matrix' ||
    !Array.isArray(json.data.result)
  ) {
    return undefined;
  }
  return json.data.result.map((series: any) => ({
    labels: { ...series?.metric },
    samples: (Array.isArray(series?.values) ? series.values : []).map(
      ([time, value]: [number, unknown]) => ({
        timestamp: Math.round(Number(time) * 1000),
        value: sampleValue(value),
      }),
    ),
  }));
}

function bodyStart(body: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  if (!text) {
    return 'an empty body';
  }
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
