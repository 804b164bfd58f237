import {
  errorBudgetOccurrences,
  evaluateBurnAlerts,
  parseDuration,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  DEMO_PROMETHEUS_PLATFORM,
  DEMO_PROMETHEUS_TIMES,
  demoPrometheusSeries,
  DemoSeries,
  observabilityConsumers,
  UNKNOWN_SERVICE,
} from './demoPrometheusSeries';
import { generateDemoMetrics } from './generateDemoMetrics';
import { loadExampleEntities } from './loadExampleEntities';
import { toOpenMetrics } from './openMetrics';

const entities = loadExampleEntities();
const now = new Date('2026-11-25T10:17:30Z');
const START = Date.parse('2026-11-25T10:17:00Z');
const series = demoPrometheusSeries({ now, entities });
const STEP = 5 * 60_000;
const DAY = 86_400_000;

const ofFamily = (family: string) => series.filter(s => s.family === family);
const requests = ofFamily('metrics_api_requests');

/**
 * A counter's increase over each step ending at a multiple of STEP, as the Prometheus provider
 * takes it from the samples a range query returns: the difference to the sample a step before,
 * or the value itself where it went down (a reset).
 */
function stepIncreases(samples: Array<[number, number]>): Map<number, number> {
  const atSteps = samples.filter(([time]) => time % STEP === 0);
  const increases = new Map<number, number>();
  for (let i = 1; i < atSteps.length; i++) {
    const [[, before], [time, value]] = [atSteps[i - 1], atSteps[i]];
    increases.set(time, value >= before ? value - before : value);
  }
  return increases;
}

/** Good and total events of the steps in (at − window, at], summed over the series. */
function events(at: number, windowMs: number) {
  let good = 0;
  let total = 0;
  for (const one of requests) {
    for (const [time, increase] of stepIncreases(one.samples)) {
      if (time > at - windowMs && time <= at) {
        total += increase;
        if (!one.labels.code.startsWith('5')) good += increase;
      }
    }
  }
  return { good, total };
}

function alertStateAt(at: number) {
  const errorRates = Object.fromEntries(
    ['5m', '30m', '1h', '6h', '3d'].map(window => {
      const { good, total } = events(at, parseDuration(window));
      return [window, (total - good) / total];
    }),
  );
  return evaluateBurnAlerts({
    target: 0.999,
    sloWindowMs: parseDuration('30d'),
    errorRates,
  }).state;
}

/** Where a series' value went down: a counter reset. */
const resetsOf = (one: DemoSeries) =>
  one.samples
    .filter(([, value], i) => i > 0 && value < one.samples[i - 1][1])
    .map(([time]) => time);

describe('demoPrometheusSeries', () => {
  it('is deterministic and covers the SLO windows up to the start and a day on, a minute apart', () => {
    expect(
      JSON.stringify(demoPrometheusSeries({ now, entities })) ===
        JSON.stringify(series),
    ).toBe(true);
    for (const one of [
      ...requests,
      ...ofFamily('metrics_query_duration_p99_seconds'),
    ]) {
      expect(one.samples[0][0]).toBe(START - 31 * DAY);
      expect(one.samples.at(-1)![0]).toBe(
        START + DEMO_PROMETHEUS_TIMES.aheadHours * 3_600_000,
      );
      expect(
        one.samples.every(
          ([time], i) => i === 0 || time - one.samples[i - 1][0] === 60_000,
        ),
      ).toBe(true);
    }
  });

  it('holds the request counters of three instances, reset where one restarted', () => {
    expect(requests).toHaveLength(9);
    const resets = Object.fromEntries(
      requests.map(one => [
        `${one.labels.instance}/${one.labels.code}`,
        resetsOf(one),
      ]),
    );
    expect(resets['metrics-gateway-0/200']).toEqual([]);
    expect(resets['metrics-gateway-1/200']).toEqual([START - 12 * DAY]);
    // Restarted 40 minutes before the start, in the outage: a reset of each of its counters.
    for (const code of ['200', '500', '503']) {
      expect(resets[`metrics-gateway-2/${code}`]).toEqual([
        START - 4_300 * 60_000,
        START - 40 * 60_000,
      ]);
    }
  });

  it('tells the story: an outage burning the budget fast, from before the start to hours after it', () => {
    const month = events(START, parseDuration('30d'));
    const budget = errorBudgetOccurrences({ target: 0.999, ...month })!;
    expect(budget.remaining).toBeGreaterThan(0.3);
    expect(budget.remaining).toBeLessThan(0.8);
    expect(alertStateAt(START)).toBe('page');
    expect(alertStateAt(START + 4 * 3_600_000)).toBe('page');
    // After the outage, no page any more, and the budget is still not spent.
    expect(alertStateAt(START + 6 * 3_600_000)).not.toBe('page');
    expect(
      errorBudgetOccurrences({
        target: 0.999,
        ...events(START + 6 * 3_600_000, parseDuration('30d')),
      })!.remaining,
    ).toBeGreaterThan(0);
    // The bad day, nine days before: more errors than usual.
    const badDay = START - 9 * DAY - 300 * 60_000 + 5 * 3_600_000;
    const rate = ({ good, total }: { good: number; total: number }) =>
      (total - good) / total;
    expect(rate(events(badDay, 5 * 3_600_000))).toBeGreaterThan(
      5 * rate(events(badDay - DAY, 5 * 3_600_000)),
    );
  });

  it('keeps the p99 latency under 2 s in all but a few 5-minute slices', () => {
    const [latency] = ofFamily('metrics_query_duration_p99_seconds');
    const window = latency.samples.filter(
      ([time]) => time % STEP === 0 && time > START - 28 * DAY && time <= START,
    );
    const bad = window.filter(([, value]) => value >= 2).length;
    expect(bad).toBeGreaterThan(0);
    expect(bad / window.length).toBeLessThan(0.01);
  });

  it('counts the KPIs the pushed demo metrics count: support tickets and deployments per service', () => {
    const pushed = generateDemoMetrics({ now, entities, historyDays: 10 });
    const pushedOn = (entityRef: string, metric: string, dayEnd: number) =>
      pushed.find(
        p =>
          p.entityRef === entityRef &&
          p.metric === metric &&
          Date.parse(p.timestamp) === dayEnd,
      )?.value;
    const dailyIncrease = (one: DemoSeries, dayEnd: number) => {
      const at = (time: number) => one.samples.find(([t]) => t === time)![1];
      return at(dayEnd) - at(dayEnd - DAY);
    };
    const [tickets] = ofFamily('observability_support_tickets');
    const checkout = ofFamily('deployments').find(
      s => s.labels.service === 'checkout-service',
    )!;
    const today = Math.floor(START / DAY) * DAY;
    for (let day = 1; day <= 7; day++) {
      const dayEnd = today - day * DAY + DAY;
      expect(dailyIncrease(tickets, dayEnd)).toBe(
        pushedOn(DEMO_PROMETHEUS_PLATFORM, 'support_tickets', dayEnd),
      );
      expect(dailyIncrease(checkout, dayEnd)).toBe(
        pushedOn('component:default/checkout-service', 'deployments', dayEnd),
      );
    }
    expect(tickets.samples.at(-1)![1]).toBeGreaterThan(tickets.samples[0][1]);
  });

  it('has a deployments series for every consumer service and one the catalog does not know, all reset once', () => {
    const services = ofFamily('deployments').map(s => s.labels.service);
    expect(services).toEqual([
      ...observabilityConsumers(entities),
      UNKNOWN_SERVICE,
    ]);
    expect(services).toEqual(
      expect.arrayContaining(['checkout-service', 'search-service']),
    );
    expect(entities.some(e => e.metadata.name === UNKNOWN_SERVICE)).toBe(false);
    for (const one of ofFamily('deployments')) {
      expect(resetsOf(one).length).toBeLessThanOrEqual(1);
      // The exporter's restart, at 03:00 twenty days ago: from zero until the day's deployments.
      const restart = Math.floor(START / DAY) * DAY - 20 * DAY + 3 * 3_600_000;
      expect(one.samples.find(([time]) => time === restart)?.[1]).toBe(0);
    }
  });
});

describe('toOpenMetrics', () => {
  const text = toOpenMetrics(series);
  const lines = text.split('\n');

  it('writes what promtool backfills: typed families, series in time order, seconds, # EOF', () => {
    expect(text.endsWith('\n# EOF\n')).toBe(true);
    expect(lines.filter(line => line.startsWith('# TYPE'))).toEqual([
      '# TYPE deployments counter',
      '# TYPE metrics_api_requests counter',
      '# TYPE metrics_query_duration_p99_seconds gauge',
      '# TYPE observability_support_tickets counter',
    ]);
    expect(lines).toContain(
      `metrics_api_requests_total{code="503",instance="metrics-gateway-2",job="metrics-api"} ${
        requests.find(
          s =>
            s.labels.instance === 'metrics-gateway-2' &&
            s.labels.code === '503',
        )!.samples[0][1]
      } ${(START - 31 * DAY) / 1000}`,
    );
    const samples = lines.filter(line => line && !line.startsWith('#'));
    expect(samples).toHaveLength(
      series.reduce((n, s) => n + s.samples.length, 0),
    );
    // Each series' samples come together, once, in time order.
    const wrong: string[] = [];
    const seen = new Set<string>();
    let previous = { name: '', time: 0 };
    for (const line of samples) {
      const match = /^([a-z_0-9]+(?:\{[^}]*\})?) \d+(?:\.\d+)? (\d+)$/.exec(
        line,
      );
      const [name, time] = match ? [match[1], Number(match[2])] : ['', NaN];
      if (
        !match ||
        (name === previous.name ? time <= previous.time : seen.has(name))
      ) {
        wrong.push(line);
      }
      seen.add(name);
      previous = { name, time };
    }
    expect(wrong).toEqual([]);
    expect(seen.has('observability_support_tickets_total')).toBe(true);
  });
});
