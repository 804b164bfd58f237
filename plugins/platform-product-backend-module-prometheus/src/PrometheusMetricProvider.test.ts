import {
  PrometheusMetricProvider,
  PrometheusMetricProviderOptions,
} from './PrometheusMetricProvider';
import { pullError, pullRequest } from './testUtils/pulls';
import {
  findPrometheus,
  RunningPrometheus,
  startPrometheus,
} from 'local-prometheus';

// The samples: one every minute for the last two days, ending at a multiple of 5 minutes.
const MINUTES = 2 * 24 * 60;
const LAST = Math.floor(Date.now() / 300_000) * 300 - 300;
const FIRST = LAST - MINUTES * 60;
const timeOf = (minute: number) => FIRST + minute * 60;

// Requests per minute of each counter series, and the minutes at which it restarts from zero
// (each just after a 5-minute boundary, so that the step's increase is exactly the events since).
const EVENTS: Record<string, (minute: number) => number> = {
  '200': minute => 10 + ((minute * 7) % 13),
  '500': minute => ((minute * 3) % 4 === 0 ? 2 : 0),
};
const RESETS: Record<string, number[]> = { '200': [1441], '500': [2001] };
const COUNTER_START: Record<string, number> = { '200': 1000, '500': 50 };

const latencyAt = (minute: number) => 0.05 + ((minute * 37) % 100) / 1000;
const ratioAt = (minute: number) =>
  [NaN, Infinity, -Infinity][[3, 7, 8].indexOf(minute % 10)] ?? minute / 100;

function counterValues(code: string): number[] {
  const values: number[] = [];
  let value = COUNTER_START[code];
  for (let minute = 0; minute <= MINUTES; minute++) {
    if (RESETS[code].includes(minute)) {
      value = 0;
    }
    value += EVENTS[code](minute);
    values.push(value);
  }
  return values;
}

function openMetricsValue(value: number): string {
  if (Number.isNaN(value)) {
    return 'NaN';
  }
  if (!Number.isFinite(value)) {
    return value > 0 ? '+Inf' : '-Inf';
  }
  return String(value);
}

function openMetrics(): string {
  const minutes = Array.from({ length: MINUTES + 1 }, (_, minute) => minute);
  return [
    '# TYPE pp_requests counter',
    ...Object.keys(EVENTS).flatMap(code => {
      const values = counterValues(code);
      return minutes.map(
        m => `pp_requests_total{code="${code}"} ${values[m]} ${timeOf(m)}`,
      );
    }),
    '# TYPE pp_latency_seconds gauge',
    ...minutes.map(m => `pp_latency_seconds ${latencyAt(m)} ${timeOf(m)}`),
    '# TYPE pp_ratio gauge',
    ...minutes.map(
      m => `pp_ratio ${openMetricsValue(ratioAt(m))} ${timeOf(m)}`,
    ),
    '# EOF',
    '',
  ].join('\n');
}

/** The steps' ends from `start` to `end`, in seconds. */
function stepsOf(start: number, end: number, step: number): number[] {
  return Array.from(
    { length: Math.floor((end - start) / step) + 1 },
    (_, i) => start + i * step,
  );
}

/** The requests of a series over the step that ends at `t`, counted from the events. */
function expectedIncrease(code: string, t: number, step: number): number {
  let sum = 0;
  for (let minute = 0; minute <= MINUTES; minute++) {
    if (timeOf(minute) > t - step && timeOf(minute) <= t) {
      sum += EVENTS[code](minute);
    }
  }
  return sum;
}

/** What Prometheus sees at `t`: the last sample at or before it. */
const minuteAt = (t: number) => Math.floor((t - FIRST) / 60);

function pointsOf(values: Array<[number, number]>) {
  return values.map(([t, value]) => ({ timestamp: new Date(t * 1000), value }));
}

/** `fetch`, counting the requests and the most in flight at once. */
function countingFetch() {
  const counts = { requests: 0, inFlight: 0, maxInFlight: 0 };
  const counted: typeof fetch = async (input, init) => {
    counts.requests++;
    counts.inFlight++;
    counts.maxInFlight = Math.max(counts.maxInFlight, counts.inFlight);
    try {
      return await fetch(input, init);
    } finally {
      counts.inFlight--;
    }
  };
  return { counts, fetch: counted };
}

const binaries = findPrometheus();
const describeWithPrometheus = binaries ? describe : describe.skip;

describeWithPrometheus(
  binaries
    ? 'PrometheusMetricProvider against a real Prometheus'
    : 'PrometheusMetricProvider against a real Prometheus — skipped: prometheus not found (apt-get install prometheus, or set PP_PROMETHEUS_BIN and PP_PROMTOOL_BIN)',
  () => {
    let prometheus: RunningPrometheus;
    const provider = (options: Partial<PrometheusMetricProviderOptions> = {}) =>
      new PrometheusMetricProvider({
        servers: [{ id: 'local', baseUrl: prometheus.baseUrl }],
        ...options,
      });

    beforeAll(async () => {
      prometheus = await startPrometheus({
        binaries: binaries!,
        openMetrics: openMetrics(),
      });
    }, 40_000);

    afterAll(async () => {
      await prometheus?.stop();
    });

    it('turns each counter series into per-step increases, a reset counting from zero', async () => {
      const start = FIRST + 3600;
      const series = await provider().pull(
        pullRequest('pp_requests_total', 'counter', start, LAST, 300),
      );

      expect(series).toHaveLength(2);
      for (const code of Object.keys(EVENTS)) {
        const pulled = series.find(s => s.labels.code === code);
        expect(pulled?.points).toEqual(
          pointsOf(
            stepsOf(start, LAST, 300).map(t => [
              t,
              expectedIncrease(code, t, 300),
            ]),
          ),
        );
      }
      // The step over the reset of code="200" holds the five minutes since it.
      const resetStep = timeOf(RESETS['200'][0] + 4);
      expect(
        series
          .find(s => s.labels.code === '200')
          ?.points.find(p => p.timestamp.getTime() === resetStep * 1000)?.value,
      ).toBe(
        [0, 1, 2, 3, 4].reduce((sum, i) => sum + EVENTS['200'](1441 + i), 0),
      );
    });

    it('returns a gauge as it is at each step', async () => {
      const start = FIRST + 300;
      const series = await provider().pull(
        pullRequest('pp_latency_seconds', 'gauge', start, LAST, 300),
      );

      expect(series).toEqual([
        {
          labels: { __name__: 'pp_latency_seconds' },
          points: pointsOf(
            stepsOf(start, LAST, 300).map(t => [t, latencyAt(minuteAt(t))]),
          ),
        },
      ]);
    });

    it('asks for more than 10,000 steps in chunks and joins them', async () => {
      const { counts, fetch } = countingFetch();
      const start = FIRST + 300;
      const steps = stepsOf(start, LAST, 15);
      expect(steps.length).toBeGreaterThan(11_000);

      const [gauge] = await provider({ fetch }).pull(
        pullRequest('pp_latency_seconds', 'gauge', start, LAST, 15),
      );
      expect(counts.requests).toBe(2);
      expect(gauge.points).toEqual(
        pointsOf(steps.map(t => [t, latencyAt(minuteAt(t))])),
      );

      const counter = await provider({ fetch }).pull(
        pullRequest(
          'pp_requests_total{code="200"}',
          'counter',
          start,
          LAST,
          15,
        ),
      );
      expect(counts.requests).toBe(4);
      expect(counter[0].points).toEqual(
        pointsOf(steps.map(t => [t, expectedIncrease('200', t, 15)])),
      );
    });

    it('returns the same points when a range is pulled again', async () => {
      const request = () =>
        pullRequest('pp_requests_total', 'counter', LAST - 86_400, LAST, 300);
      const first = await provider().pull(request());
      const again = await provider().pull(request());

      expect(first.flatMap(s => s.points).length).toBe(2 * 289);
      expect(again).toEqual(first);
    });

    it('has at most 2 requests in flight, however many pulls run', async () => {
      const { counts, fetch } = countingFetch();
      const shared = provider({ fetch });

      const results = await Promise.all(
        Array.from({ length: 6 }, () =>
          shared.pull(
            pullRequest('pp_latency_seconds', 'gauge', LAST - 3600, LAST, 60),
          ),
        ),
      );
      expect(results.map(r => r[0].points.length)).toEqual(Array(6).fill(61));
      expect(counts.requests).toBe(6);
      expect(counts.maxInFlight).toBe(2);
    });

    it("reports a query Prometheus refuses as rejected, in Prometheus's own words", async () => {
      const query = 'sum(pp_requests_total';
      const raw = await fetch(
        `${prometheus.baseUrl}/api/v1/query_range?${new URLSearchParams({
          query,
          start: String(LAST - 600),
          end: String(LAST),
          step: '300',
        })}`,
      ).then(r => r.json());
      expect(raw.error).toContain('parse error');

      const error = await pullError(
        provider().pull(pullRequest(query, 'counter', LAST - 600, LAST, 300)),
      );
      expect(error.problem).toBe('rejected');
      expect(error.message).toBe(
        `Prometheus rejected the query: ${raw.error.replace(
          /^invalid parameter "query": /,
          '',
        )}`,
      );
    });

    it('returns no series for a query that matches none', async () => {
      await expect(
        provider().pull(
          pullRequest('pp_unknown_total', 'counter', LAST - 600, LAST, 300),
        ),
      ).resolves.toEqual([]);
    });

    it('returns NaN and ±Inf as they are, and fails when every value is one', async () => {
      const start = LAST - 1200;
      const [ratio] = await provider().pull(
        pullRequest('pp_ratio', 'gauge', start, LAST, 60),
      );
      expect(ratio.points).toEqual(
        pointsOf(stepsOf(start, LAST, 60).map(t => [t, ratioAt(minuteAt(t))])),
      );
      expect(ratio.points.map(p => p.value)).toEqual(
        expect.arrayContaining([NaN, Infinity, -Infinity]),
      );

      const error = await pullError(
        provider().pull(
          pullRequest('pp_latency_seconds * 0 / 0', 'gauge', start, LAST, 60),
        ),
      );
      expect(error.problem).toBe('invalid-value');
      expect(error.message).toMatch(
        /^Every value the query returned .* is NaN or ±Inf \(21 values in 1 series\)/,
      );
    });

    // Last: it stops the server.
    it('reports a stopped server as unreachable, naming its host and port', async () => {
      await prometheus.stop();

      const error = await pullError(
        provider().pull(
          pullRequest('pp_latency_seconds', 'gauge', LAST - 600, LAST, 300),
        ),
      );
      expect(error.problem).toBe('unreachable');
      expect(error.message).toBe(
        `Prometheus at 127.0.0.1:${prometheus.port} did not answer (connection refused); check that it runs and that platformProduct.prometheus.servers[0].baseUrl is right`,
      );
    });
  },
);
