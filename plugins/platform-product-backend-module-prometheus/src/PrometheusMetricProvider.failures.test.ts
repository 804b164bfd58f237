import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { PrometheusMetricProvider } from './PrometheusMetricProvider';
import { pullError, pullRequest } from './testUtils/pulls';
import { freePort } from 'local-prometheus';

describe('PrometheusMetricProvider', () => {
  const servers = [
    { id: 'local', baseUrl: 'http://127.0.0.1:9090', stepSeconds: 60 },
    { id: 'eu', baseUrl: 'https://eu.example.com/prometheus/', default: true },
  ];

  it('serves the Prometheus type and the step of the server a source names', () => {
    const provider = new PrometheusMetricProvider({ servers });
    const source = (metricSourceRef?: string) => ({
      type: 'Prometheus',
      spec: { query: 'up' },
      metricSourceRef,
    });

    expect(provider.types).toEqual(['Prometheus']);
    expect(provider.stepSeconds(source('local'))).toBe(60);
    expect(provider.stepSeconds(source())).toBe(300);
    expect(provider.stepSeconds(source('thanos'))).toBeUndefined();
  });

  it('says what is wrong with a source: no query, an unknown server', async () => {
    const provider = new PrometheusMetricProvider({ servers });

    expect(
      provider.validate({ type: 'Prometheus', spec: { query: 'up' } }),
    ).toEqual([]);
    expect(provider.validate({ type: 'Prometheus', spec: {} })).toEqual([
      'spec.query must be a PromQL expression, e.g. http_requests_total{code!~"5.."}; it is missing',
    ]);
    expect(
      provider.validate({ type: 'Prometheus', spec: { query: ' ' } }),
    ).toEqual([expect.stringMatching(/^spec.query .* it is empty$/)]);
    expect(
      provider.validate({
        type: 'Prometheus',
        spec: { query: 'up' },
        metricSourceRef: 'thanos',
      }),
    ).toEqual([
      'metricSourceRef thanos names no configured Prometheus server; platformProduct.prometheus.servers has local, eu',
    ]);

    const error = await pullError(
      provider.pull(pullRequest('up', 'gauge', 0, 600, 300, 'thanos')),
    );
    expect(error.problem).toBe('misconfigured');
    expect(error.message).toContain('metricSourceRef thanos');
  });

  it('without a server, says of every source how to add one, and the configured hint', async () => {
    const provider = new PrometheusMetricProvider({
      servers: [],
      noServerHint: 'Ask #observability-help for a Prometheus URL.',
    });
    const message =
      "No Prometheus server is configured: add one under platformProduct.prometheus.servers in the backend's config, e.g. { id: main, baseUrl: 'http://prometheus:9090' }, and restart the backend. Ask #observability-help for a Prometheus URL.";

    expect(provider.hasServers()).toBe(false);
    expect(provider.describeServers()).toBe('no server');
    for (const metricSourceRef of [undefined, 'eu']) {
      const source = { type: 'Prometheus', spec: { query: 'up' } };
      expect(provider.validate({ ...source, metricSourceRef })).toEqual([
        message,
      ]);
      expect(
        provider.stepSeconds({ ...source, metricSourceRef }),
      ).toBeUndefined();
    }
    expect(provider.validate({ type: 'Prometheus', spec: {} })).toEqual([
      message,
      expect.stringMatching(/^spec.query must be a PromQL expression/),
    ]);
    const error = await pullError(
      provider.pull(pullRequest('up', 'gauge', 0, 600, 300)),
    );
    expect(error.problem).toBe('misconfigured');
    expect(error.message).toBe(message);
    // Without a hint, the message ends where the generic advice does.
    expect(
      new PrometheusMetricProvider({ servers: [] }).validate({
        type: 'Prometheus',
        spec: { query: 'up' },
      }),
    ).toEqual([message.replace(/\. Ask .*$/, '')]);
  });

  describe('against a server that is not right', () => {
    let server: Server;
    let baseUrl: string;
    let answer: (
      headers: IncomingHttpHeaders,
    ) => { status: number; body: string } | undefined;
    const seen: IncomingHttpHeaders[] = [];

    beforeAll(async () => {
      server = createServer((req, res) => {
        seen.push(req.headers);
        const reply = answer(req.headers);
        if (reply) {
          res.writeHead(reply.status).end(reply.body);
        }
      });
      await new Promise<void>(resolve =>
        server.listen(0, '127.0.0.1', resolve),
      );
      baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    afterAll(async () => {
      server.closeAllConnections();
      await new Promise(resolve => server.close(resolve));
    });

    const providerFor = (extra: object = {}) =>
      new PrometheusMetricProvider({
        servers: [{ id: 'main', baseUrl, ...extra }],
      });

    it('sends the bearer token and the headers, and names them when refused', async () => {
      answer = () => ({ status: 401, body: 'Unauthorized\n' });

      const error = await pullError(
        providerFor({
          bearerToken: 's3cret',
          headers: { 'X-Scope-OrgID': 'platform' },
        }).pull(pullRequest('up', 'gauge', 0, 600, 300)),
      );
      expect(seen.at(-1)).toMatchObject({
        authorization: 'Bearer s3cret',
        'x-scope-orgid': 'platform',
      });
      expect(error.problem).toBe('rejected');
      expect(error.message).toBe(
        `Prometheus at ${baseUrl.slice(
          7,
        )} answered HTTP 401 Unauthorized (Unauthorized); check platformProduct.prometheus.servers[0].bearerToken or platformProduct.prometheus.servers[0].headers`,
      );
    });

    it('reports an answer that is not the query API as rejected', async () => {
      answer = () => ({ status: 200, body: '<html>Login</html>' });

      const error = await pullError(
        providerFor().pull(pullRequest('up', 'gauge', 0, 600, 300)),
      );
      expect(error.problem).toBe('rejected');
      expect(error.message).toContain(
        "answered with something else than its query API's JSON (<html>Login</html>)",
      );
    });

    it('reports no answer within timeoutSeconds, or within the pull, as timeout', async () => {
      answer = () => undefined;

      const slow = await pullError(
        providerFor({ timeoutSeconds: 0.2 }).pull(
          pullRequest('up', 'gauge', 0, 600, 300),
        ),
      );
      expect(slow.problem).toBe('timeout');
      expect(slow.message).toContain(
        'gave no answer within 0.2 s; the query may be too heavy for the range, or raise platformProduct.prometheus.servers[0].timeoutSeconds',
      );

      const aborted = await pullError(
        providerFor().pull({
          ...pullRequest('up', 'gauge', 0, 600, 300),
          signal: AbortSignal.timeout(200),
        }),
      );
      expect(aborted.problem).toBe('timeout');
      expect(aborted.message).toContain("before the pull's time ran out");
    });

    it('reports a server that is not listening as unreachable', async () => {
      const port = await freePort();
      const error = await pullError(
        new PrometheusMetricProvider({
          servers: [{ id: 'main', baseUrl: `http://127.0.0.1:${port}` }],
        }).pull(pullRequest('up', 'gauge', 0, 600, 300)),
      );
      expect(error.problem).toBe('unreachable');
      expect(error.message).toContain(
        `Prometheus at 127.0.0.1:${port} did not answer (connection refused)`,
      );
    });
  });
});
