import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  getPlatformSpec,
  sloMetricSources,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  findPrometheus,
  INSTALL_PROMETHEUS_HINT,
  RunningPrometheus,
  startPrometheus,
} from 'local-prometheus';
import {
  DEMO_PROMETHEUS_PLATFORM,
  demoPrometheusSeries,
  observabilityConsumers,
} from './demoPrometheusSeries';
import { loadExampleEntities } from './loadExampleEntities';
import { toOpenMetrics } from './openMetrics';

/*
 * The demo Prometheus as scripts/portal.sh starts it, asked what the backend's Prometheus module
 * will ask: the queries the Observability Platform's SLOs declare in examples/, over the steps up
 * to now.
 */

jest.setTimeout(120_000);

const TITLE =
  "the demo Prometheus answers the Observability Platform's declared SLO queries";
const SKIPPED = `${TITLE} — skipped: prometheus not found (${INSTALL_PROMETHEUS_HINT})`;
const binaries = findPrometheus();
const describeWithPrometheus = binaries ? describe : describe.skip;
if (!binaries) {
  // Jest does not print the titles of a file whose tests are all skipped: say why here.
  // eslint-disable-next-line no-console
  console.warn(SKIPPED);
}

const entities = loadExampleEntities();
const platform = entities.find(
  e => stringifyEntityRef(e) === DEMO_PROMETHEUS_PLATFORM,
)!;
const STEP = 300;

describeWithPrometheus(binaries ? TITLE : SKIPPED, () => {
  let prometheus: RunningPrometheus;
  const now = Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    prometheus = await startPrometheus({
      binaries: binaries!,
      openMetrics: toOpenMetrics(
        demoPrometheusSeries({ now: new Date(now * 1000), entities }),
      ),
      retention: '45d',
    });
  }, 100_000);

  afterAll(() => prometheus?.stop());

  /** The series of a range query over the last `seconds` up to now, step-aligned like a pull. */
  async function queryRange(query: string, seconds: number) {
    const end = Math.floor(now / STEP) * STEP;
    const response = await fetch(
      `${prometheus.baseUrl}/api/v1/query_range?${new URLSearchParams({
        query,
        start: String(end - seconds),
        end: String(end),
        step: String(STEP),
      })}`,
    );
    const body = await response.json();
    expect(body).toMatchObject({ status: 'success' });
    return {
      end,
      series: body.data.result as Array<{
        metric: Record<string, string>;
        values: Array<[number, string]>;
      }>,
    };
  }

  it('answers each SLO metricSource with its series, up to the last step, over the whole window', async () => {
    const sources = sloMetricSources(getPlatformSpec(platform));
    expect(sources.map(s => `${s.slo}.${s.role}`)).toEqual([
      'metrics-api-availability.good',
      'metrics-api-availability.total',
      'metrics-query-latency.threshold',
    ]);
    const expectedSeries = [3, 9, 1];
    for (const [index, source] of sources.entries()) {
      const query = String(source.source.spec.query);
      const { end, series } = await queryRange(query, 30 * 86_400);
      expect({ query, series: series.length }).toEqual({
        query,
        series: expectedSeries[index],
      });
      for (const one of series) {
        expect(one.values[0][0]).toBe(end - 30 * 86_400);
        expect(one.values.at(-1)![0]).toBe(end);
      }
    }
  });

  it('shows the outage in the last hour, in the series as they are', async () => {
    const increase = async (query: string) =>
      (await queryRange(`sum(increase(${query}[1h]))`, 0)).series[0]
        .values[0][1];
    const bad = Number(
      await increase(
        'metrics_api_requests_total{job="metrics-api",code=~"5.."}',
      ),
    );
    const total = Number(
      await increase('metrics_api_requests_total{job="metrics-api"}'),
    );
    // Far above the 0.1 % the objective allows: a burn rate well over 14.4.
    expect(bad / total).toBeGreaterThan(0.02);
  });

  it('holds the KPI counters: support tickets, and deployments per consumer service', async () => {
    const { series: tickets } = await queryRange(
      'observability_support_tickets_total',
      0,
    );
    expect(tickets).toHaveLength(1);
    const { series: deployments } = await queryRange('deployments_total', 0);
    expect(deployments.map(s => s.metric.service).sort()).toEqual(
      [...observabilityConsumers(entities), 'legacy-batch'].sort(),
    );
  });
});
