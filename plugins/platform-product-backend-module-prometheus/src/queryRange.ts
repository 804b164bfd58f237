import { MetricPullError } from '@platform-product/backstage-plugin-platform-product-node';
import { connectionFailure } from './connectionFailure';
import { RawSeries, readQueryRangeAnswer } from './readQueryRangeAnswer';
import { ResolvedServer } from './servers';

/** One `GET /api/v1/query_range`; times in seconds since the epoch. */
export interface QueryRangeRequest {
  server: ResolvedServer;
  query: string;
  start: number;
  end: number;
  step: number;
  /** The pull's own deadline; the server's timeout applies besides. */
  signal: AbortSignal;
  fetch: typeof fetch;
}

/**
 * Asks a server for a range query, within the server's timeout and the pull's deadline; a
 * failure is a {@link MetricPullError} in words.
 */
export async function queryRange(
  request: QueryRangeRequest,
): Promise<RawSeries[]> {
  const { server } = request;
  const url = new URL(`${server.baseUrl}/api/v1/query_range`);
  url.searchParams.set('query', request.query);
  url.searchParams.set('start', String(request.start));
  url.searchParams.set('end', String(request.end));
  url.searchParams.set('step', String(request.step));
  const deadline = AbortSignal.timeout(server.timeoutMs);
  try {
    const response = await request.fetch(url, {
      headers: { Accept: 'application/json', ...server.headers },
      signal: AbortSignal.any([request.signal, deadline]),
    });
    const body = await response.text();
    return readQueryRangeAnswer(
      { status: response.status, statusText: response.statusText, body },
      server,
    );
  } catch (error) {
    if ((error as Error)?.name === 'MetricPullError') {
      throw error;
    }
    if (deadline.aborted) {
      throw new MetricPullError(
        'timeout',
        `Prometheus at ${server.address} gave no answer within ${
          server.timeoutMs / 1000
        } s; the query may be too heavy for the range, or raise ${
          server.key
        }.timeoutSeconds`,
      );
    }
    if (request.signal.aborted) {
      throw new MetricPullError(
        'timeout',
        `Prometheus at ${server.address} gave no answer before the pull's time ran out; the server may be overloaded, or the query too heavy for the range`,
      );
    }
    const failure = connectionFailure(error);
    if (failure) {
      throw new MetricPullError(
        'unreachable',
        `Prometheus at ${server.address} did not answer (${failure}); check that it runs and that ${server.key}.baseUrl is right`,
      );
    }
    throw error;
  }
}
