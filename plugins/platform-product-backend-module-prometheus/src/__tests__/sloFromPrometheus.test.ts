import { mockCredentials } from '@backstage/backend-test-utils';
import type {
  DataSourceStatus,
  PlatformDataSources,
  SloReport,
  SloStatus,
} from '@platform-product/backstage-plugin-platform-product-common';
import request from 'supertest';
import { describePulledFromPrometheus } from '../__testUtils__/pulledBackend';

/*
 * The whole way of an SLO declared with OpenSLO metricSources: samples backfilled into a private
 * Prometheus, pulled by the Platform Product backend through this module, stored, and read back as
 * the SLO status — compared with what this file computes from the samples it generated.
 *
 * The backend's clock (Date only; timers stay real) is pinned at NOW, 30 s into the minute after
 * the last sample, so the pull's last step is the last sample's minute and every window holds a
 * known set of steps.
 */

jest.setTimeout(60_000);

const STEP = 60;
/** The last sample and the pull's last step, in seconds: a minute that has passed. */
const END = Math.floor(Date.now() / 60_000) * 60 - 60;
/** The backend's clock, in ms: 30 s after END, so END is the last step a pull asks for. */
const NOW = (END + 30) * 1000;
const MINUTES = 36 * 60;
const FIRST = END - MINUTES * STEP;
const timeOf = (minute: number) => FIRST + minute * STEP;
const TARGET = 0.99;

// Requests per minute. The last 30 minutes are an error burst (~28 % errors, so the 1 h and 5 min
// burn rates are far above 14.4); before it, one error every 5 minutes (~0.2 %).
const BURST_FROM = MINUTES - 29;
const EVENTS: Record<'200' | '500', (minute: number) => number> = {
  '200': minute => 100 + ((minute * 7) % 13),
  '500': minute => {
    if (minute >= BURST_FROM) return 40 + (minute % 3);
    return minute % 5 === 0 ? 1 : 0;
  },
};
/** Where each counter restarts from zero: code 200 in the middle, code 500 later. */
const RESETS: Record<'200' | '500', number> = { '200': 1080, '500': 1500 };
const COUNTER_START: Record<'200' | '500', number> = { '200': 5000, '500': 70 };
const CODES = ['200', '500'] as const;

/** The counter's samples, one a minute (index = minute). */
function counterSamples(code: '200' | '500'): number[] {
  const samples: number[] = [];
  let value = COUNTER_START[code];
  for (let minute = 0; minute <= MINUTES; minute++) {
    if (minute === RESETS[code]) value = 0;
    value += EVENTS[code](minute);
    samples.push(value);
  }
  return samples;
}

const SAMPLES = { '200': counterSamples('200'), '500': counterSamples('500') };

function openMetrics(): string {
  return [
    '# TYPE pp_http_requests counter',
    ...CODES.flatMap(code =>
      SAMPLES[code].map(
        (value, minute) =>
          `pp_http_requests_total{code="${code}"} ${value} ${timeOf(minute)}`,
      ),
    ),
    '# EOF',
    '',
  ].join('\n');
}

/**
 * The increase of a counter over the step ending at each minute, from its samples: the difference
 * to the sample a step before, or the sample itself where the counter went down (a reset counts
 * from zero). Minute 0 has no sample before it, hence no increase.
 */
function increases(samples: number[]): Map<number, number> {
  const byMinute = new Map<number, number>();
  for (let minute = 1; minute < samples.length; minute++) {
    const [before, now] = [samples[minute - 1], samples[minute]];
    byMinute.set(minute, now >= before ? now - before : now);
  }
  return byMinute;
}

const INCREASES = {
  '200': increases(SAMPLES['200']),
  '500': increases(SAMPLES['500']),
};

/**
 * Good and total events of the points a window holds: the steps at or after its start (now minus
 * its length) up to the pull's last step — as the SLO status sums the stored points.
 */
function eventsSince(fromMs: number): { good: number; total: number } {
  let good = 0;
  let total = 0;
  for (let minute = 1; minute <= MINUTES; minute++) {
    if (timeOf(minute) * 1000 >= fromMs && timeOf(minute) <= END) {
      good += INCREASES['200'].get(minute)!;
      total += INCREASES['200'].get(minute)! + INCREASES['500'].get(minute)!;
    }
  }
  return { good, total };
}

const HOUR_MS = 3_600_000;
const burnOver = (windowMs: number, nowMs = NOW) => {
  const { good, total } = eventsSince(nowMs - windowMs);
  return (total - good) / total / (1 - TARGET);
};

const PLATFORM = 'system:default/checkout-platform';
const PATH = '/api/platform-product/platforms/system/default/checkout-platform';
const USER = mockCredentials.user.header();
const GOOD_QUERY = 'pp_http_requests_total{code="200"}';
// Both series as they are, not sum(...): the provider takes each series' increases, so the reset
// of one series is seen as the reset it is; the backend sums the series per step. In a sum the
// reset of code="200" alone would look like a drop of the total, counted as a reset of all of it.
const TOTAL_QUERY = 'pp_http_requests_total';
const INVALID_QUERY = 'sum(pp_http_requests_total';

const prometheusSource = (query: string, metricSourceRef?: string) => ({
  metricSource: {
    type: 'Prometheus',
    ...(metricSourceRef ? { metricSourceRef } : {}),
    spec: { query },
  },
});

const slo = (name: string, good: object, total: object) => ({
  name,
  indicator: { ratioMetric: { counter: true, good, total } },
  timeWindow: [{ duration: '2d', isRolling: true }],
  budgetingMethod: 'Occurrences',
  objectives: [{ target: TARGET }],
});

const platformEntity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'checkout-platform', namespace: 'default' },
  spec: {
    owner: 'group:default/team-checkout',
    platform: {
      category: 'ci',
      personas: ['persona:default/developer'],
      slos: [
        slo(
          'checkout-availability',
          prometheusSource(GOOD_QUERY),
          prometheusSource(TOTAL_QUERY),
        ),
        slo(
          'broken-query',
          prometheusSource(INVALID_QUERY),
          prometheusSource(TOTAL_QUERY),
        ),
        slo(
          'unknown-server',
          prometheusSource(GOOD_QUERY, 'nowhere'),
          prometheusSource(TOTAL_QUERY, 'nowhere'),
        ),
      ],
    },
  },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/team-checkout' }],
};

/** The numbers of an SLO status that the pulled points decide. */
function numbersOf(status: SloStatus) {
  return {
    attainment: status.attainment,
    budget: status.budget,
    alertState: status.alertState,
    health: status.health,
    burnRates: status.burnRates,
    lastPointAt: status.lastPointAt,
  };
}

const TITLE =
  'an SLO with Prometheus metricSources, pulled by the backend from a real Prometheus';
describePulledFromPrometheus(
  TITLE,
  { openMetrics, entities: [platformEntity], stepSeconds: STEP, now: NOW },
  env => {
    const pull = async (): Promise<PlatformDataSources> => {
      const response = await request(env.backend.server)
        .post(`${PATH}/data-sources/pull`)
        .set('Authorization', USER);
      expect(response.status).toBe(200);
      return response.body;
    };
    const sloReport = async (): Promise<SloReport> => {
      const response = await request(env.backend.server)
        .get(`${PATH}/slos`)
        .set('Authorization', USER);
      expect(response.status).toBe(200);
      return response.body;
    };
    const availability = async () =>
      (await sloReport()).items.find(s => s.name === 'checkout-availability')!;
    const sourceOf = (
      sources: PlatformDataSources,
      sloName: string,
      role: string,
    ): DataSourceStatus =>
      sources.items.find(i => i.slo === sloName && i.role === role)!;

    let first: SloStatus;

    it('the samples hold what the test means them to', () => {
      // The generated counters really reset, and their increases are the events of each minute.
      for (const code of CODES) {
        const reset = RESETS[code];
        expect(SAMPLES[code][reset]).toBeLessThan(SAMPLES[code][reset - 1]);
        for (let minute = 1; minute <= MINUTES; minute++) {
          expect(INCREASES[code].get(minute)).toBe(EVENTS[code](minute));
        }
      }
    });

    it('pulls the window from Prometheus and computes the SLO status from the pulled points', async () => {
      const sources = await pull();
      expect(sources.platformRef).toBe(PLATFORM);
      expect(sources.providers).toEqual(['Prometheus']);

      first = await availability();
      expect(first.window).toEqual({
        duration: '2d',
        isRolling: true,
        from: new Date(NOW - 48 * HOUR_MS).toISOString(),
        to: new Date(NOW).toISOString(),
      });
      expect(first.lastPointAt).toBe(new Date(END * 1000).toISOString());

      // The 2 d window holds every step with an increase: minutes 1 to MINUTES.
      const all = eventsSince(NOW - 48 * HOUR_MS);
      expect(all).toEqual(eventsSince(0));
      const bad = all.total - all.good;
      expect(first.attainment).toBeCloseTo(all.good / all.total, 12);
      expect(first.attainment).toBeGreaterThan(TARGET);
      expect(first.budget?.bad).toBe(bad);
      expect(first.budget?.allowedBad).toBeCloseTo((1 - TARGET) * all.total, 9);
      expect(first.budget?.remaining).toBeCloseTo(
        1 - bad / ((1 - TARGET) * all.total),
        12,
      );

      // 1 h: the steps from END − 59 min to END (60 steps); 5 min: END − 4 min to END (5 steps).
      expect(eventsSince(NOW - HOUR_MS)).toEqual(
        eventsSinceMinute(MINUTES - 59),
      );
      expect(eventsSince(NOW - 5 * 60_000)).toEqual(
        eventsSinceMinute(MINUTES - 4),
      );
      const expectedRates: Record<string, [number, number]> = {
        '1h/5m': [burnOver(HOUR_MS), burnOver(5 * 60_000)],
        '6h/30m': [burnOver(6 * HOUR_MS), burnOver(30 * 60_000)],
        '3d/6h': [burnOver(72 * HOUR_MS), burnOver(6 * HOUR_MS)],
      };
      for (const rate of first.burnRates) {
        const [long, short] =
          expectedRates[`${rate.longWindow}/${rate.shortWindow}`];
        expect(rate.longBurnRate).toBeCloseTo(long, 12);
        expect(rate.shortBurnRate).toBeCloseTo(short, 12);
      }
      const fast = first.burnRates.find(
        r => r.longWindow === '1h' && r.shortWindow === '5m',
      )!;
      expect(fast).toMatchObject({ severity: 'page', threshold: 14.4 });
      expect(fast.longBurnRate).toBeGreaterThan(14.4);
      expect(fast.shortBurnRate).toBeGreaterThan(14.4);
      expect(first.burnRates.map(r => r.firing)).toEqual([true, false, false]);
      expect(first.alertState).toBe('page');
      expect(first.health).toBe('at-risk');
    });

    it('lists each source with its points, or its problem in words', async () => {
      const response = await request(env.backend.server)
        .get(`${PATH}/data-sources`)
        .set('Authorization', USER);
      expect(response.status).toBe(200);
      const sources: PlatformDataSources = response.body;

      for (const [role, query] of [
        ['good', GOOD_QUERY],
        ['total', TOTAL_QUERY],
      ]) {
        expect(sourceOf(sources, 'checkout-availability', role)).toEqual({
          feeds: 'slo',
          slo: 'checkout-availability',
          sloDisplayName: 'checkout-availability',
          role,
          metric: `pulled.checkout-availability.${role}`,
          mode: 'pulled',
          source: { type: 'Prometheus', query },
          points: MINUTES,
          lastPointAt: new Date(END * 1000).toISOString(),
          lastAttemptAt: new Date(NOW).toISOString(),
          lastSuccessAt: new Date(NOW).toISOString(),
          problem: null,
          error: null,
        });
      }

      // Prometheus's own words for the query it refuses.
      const raw = await fetch(
        `${env.prometheus.baseUrl}/api/v1/query_range?${new URLSearchParams({
          query: INVALID_QUERY,
          start: String(END - 600),
          end: String(END),
          step: String(STEP),
        })}`,
      ).then(r => r.json());
      expect(raw.error).toContain('parse error');
      expect(sourceOf(sources, 'broken-query', 'good')).toMatchObject({
        mode: 'pulled',
        points: 0,
        lastSuccessAt: null,
        problem: 'rejected',
        error: `Prometheus rejected the query: ${raw.error.replace(
          /^invalid parameter "query": /,
          '',
        )}`,
      });
      // The SLO's other source is pulled all the same.
      expect(sourceOf(sources, 'broken-query', 'total')).toMatchObject({
        points: MINUTES,
        problem: null,
      });

      for (const role of ['good', 'total']) {
        expect(sourceOf(sources, 'unknown-server', role)).toMatchObject({
          mode: 'pulled',
          source: { type: 'Prometheus', metricSourceRef: 'nowhere' },
          points: 0,
          problem: 'misconfigured',
          error:
            'metricSourceRef nowhere names no configured Prometheus server; platformProduct.prometheus.servers has default',
        });
      }
    });

    it('gives the same numbers when pulled again', async () => {
      const sources = await pull();
      expect(sourceOf(sources, 'checkout-availability', 'good')).toMatchObject({
        points: MINUTES,
        problem: null,
      });
      const again = await availability();
      expect(again.window.to).toBe(first.window.to);
      expect(numbersOf(again)).toEqual(numbersOf(first));
    });

    it('reports a stopped Prometheus as unreachable, and the SLO status still reads the stored points', async () => {
      await env.prometheus.stop();
      // 20 s later, still in the same minute: the same steps are in every window, and the SLO
      // statuses cached at NOW have expired (15 s).
      const later = NOW + 20_000;
      jest.setSystemTime(later);

      const sources = await pull();
      for (const role of ['good', 'total']) {
        expect(sourceOf(sources, 'checkout-availability', role)).toMatchObject({
          points: MINUTES,
          lastPointAt: new Date(END * 1000).toISOString(),
          lastAttemptAt: new Date(later).toISOString(),
          lastSuccessAt: new Date(NOW).toISOString(),
          problem: 'unreachable',
          error: `Prometheus at 127.0.0.1:${env.prometheus.port} did not answer (connection refused); check that it runs and that platformProduct.prometheus.servers[0].baseUrl is right`,
        });
      }

      // The expired statuses are answered once more while they are recomputed; wait for the new.
      let status = await availability();
      for (let i = 0; i < 100 && status.window.to !== toIso(later); i++) {
        await new Promise(resolve => setTimeout(resolve, 50));
        status = await availability();
      }
      expect(status.window.to).toBe(toIso(later));
      expect(numbersOf(status)).toEqual(numbersOf(first));
      expect(status.burnRates[0].longBurnRate).toBeCloseTo(
        burnOver(HOUR_MS, later),
        12,
      );
    });
  },
);

function toIso(ms: number): string {
  return new Date(ms).toISOString();
}

/** The events of the minutes from `from` to the last, counted from EVENTS directly. */
function eventsSinceMinute(from: number): { good: number; total: number } {
  let good = 0;
  let total = 0;
  for (let minute = from; minute <= MINUTES; minute++) {
    good += EVENTS['200'](minute);
    total += EVENTS['200'](minute) + EVENTS['500'](minute);
  }
  return { good, total };
}
