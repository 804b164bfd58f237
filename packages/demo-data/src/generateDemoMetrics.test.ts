import {
  METRIC_NAME_PATTERN,
  MetricPointInput,
  WELL_KNOWN_METRICS,
  errorBudgetOccurrences,
  evaluateBurnAlerts,
  getPlatformSpec,
  parseDuration,
} from '@platform-product/backstage-plugin-platform-product-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { generateDemoMetrics } from './generateDemoMetrics';
import { loadExampleEntities } from './loadExampleEntities';

const entities = loadExampleEntities();
const now = new Date('2026-11-25T10:17:00Z');
// 31 days cover the 30-day SLO windows; the loader itself writes 90.
const historyDays = 31;
const points = generateDemoMetrics({ now, entities, historyDays });

const key = (p: MetricPointInput) =>
  `${p.entityRef}|${p.metric}|${p.timestamp}|${JSON.stringify(p.labels)}`;

/** Sums a ratio SLO's counts over a window ending at `now`, as the backend will. */
function errorRate(platform: string, windowMs: number) {
  const entity = entities.find(e => e.metadata.name === platform)!;
  const spec = getPlatformSpec(entity)!;
  const slo = spec.slos!.find(s => 'ratioMetric' in s.indicator)!;
  const ratio = (slo.indicator as any).ratioMetric;
  const ref = stringifyEntityRef(entity);
  const from = now.getTime() - windowMs;
  const sum = (metric: string) =>
    points
      .filter(
        p =>
          p.entityRef === ref &&
          p.metric === metric &&
          Date.parse(p.timestamp) >= from,
      )
      .reduce((total, p) => total + p.value, 0);
  const total = sum(ratio.total.metric);
  const good = sum(ratio.good.metric);
  return {
    target: slo.objectives[0].target,
    total,
    good,
    rate: total ? (total - good) / total : null,
  };
}

function budgetRemaining(platform: string) {
  const { target, total, good } = errorRate(platform, parseDuration('30d'));
  return errorBudgetOccurrences({ target, total, good })!.remaining;
}

function alertState(platform: string) {
  const { target } = errorRate(platform, parseDuration('30d'));
  const errorRates = Object.fromEntries(
    ['5m', '30m', '1h', '6h', '3d'].map(window => [
      window,
      errorRate(platform, parseDuration(window)).rate,
    ]),
  );
  return evaluateBurnAlerts({
    target,
    sloWindowMs: parseDuration('30d'),
    errorRates,
  }).state;
}

describe('generateDemoMetrics', () => {
  it('is deterministic', () => {
    expect(
      JSON.stringify(generateDemoMetrics({ now, entities, historyDays })),
    ).toBe(JSON.stringify(points));
  });

  it('never produces a point the ingest API would refuse', () => {
    const sloMetrics = new Set(
      entities.flatMap(entity =>
        (getPlatformSpec(entity)?.slos ?? []).flatMap(slo =>
          'ratioMetric' in slo.indicator
            ? [
                slo.indicator.ratioMetric.total.metric,
                slo.indicator.ratioMetric.good?.metric ?? '',
              ]
            : [slo.indicator.thresholdMetric.metric],
        ),
      ),
    );
    const known = new Set([
      ...sloMetrics,
      ...WELL_KNOWN_METRICS.map(m => m.name),
    ]);
    const refused = points.filter(
      p =>
        !METRIC_NAME_PATTERN.test(p.metric) ||
        !known.has(p.metric) ||
        !(p.value >= 0) ||
        Date.parse(p.timestamp) > now.getTime() ||
        p.labels?.source !== 'platform-product-demo',
    );
    expect(refused).toEqual([]);
    expect(new Set(points.map(key)).size).toBe(points.length);
  });

  it('updates the same points when loaded again later instead of adding new ones', () => {
    const later = generateDemoMetrics({
      now: new Date(now.getTime() + 6 * 3600_000),
      entities,
      historyDays,
    });
    const laterKeys = new Set(later.map(key));
    const firstKept = Date.parse(later[0].timestamp);
    // Every point of the first load that is still inside the history is the same point again.
    const dropped = points.filter(
      p =>
        !laterKeys.has(key(p)) &&
        Date.parse(p.timestamp) >= firstKept + 86_400_000,
    );
    expect(dropped).toEqual([]);
  });

  it('tells the pushed stories: healthy, breached, slow burn', () => {
    expect(budgetRemaining('deploy-platform')).toBeGreaterThan(0.5);
    expect(alertState('deploy-platform')).toBe('ok');

    expect(budgetRemaining('logging-platform')).toBeLessThan(0);

    expect(alertState('data-pipeline-platform')).toBe('ticket');
  });

  it('pushes none of the SLIs the Observability Platform pulls from Prometheus, but its KPIs', () => {
    // Its story, burning budget fast, is told by the demo Prometheus (demoPrometheusSeries.test.ts).
    const observability = points.filter(
      p => p.entityRef === 'system:default/observability-platform',
    );
    expect([...new Set(observability.map(p => p.metric))].sort()).toEqual(
      expect.arrayContaining(['active_users', 'cost', 'support_tickets']),
    );
    expect(
      observability.filter(
        p => p.metric.startsWith('metrics_') || p.metric.startsWith('pulled.'),
      ),
    ).toEqual([]);
  });

  it('gives consumers deployments and platforms their support and cost figures', () => {
    const metricsOf = (ref: string) =>
      new Set(points.filter(p => p.entityRef === ref).map(p => p.metric));
    expect([...metricsOf('component:default/checkout-service')].sort()).toEqual(
      ['change_failures', 'deployments', 'lead_time_hours'],
    );
    for (const metric of ['support_tickets', 'active_users', 'cost']) {
      expect(metricsOf('system:default/deploy-platform').has(metric)).toBe(
        true,
      );
    }
  });
});
