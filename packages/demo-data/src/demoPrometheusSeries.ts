import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { DEMO_PROFILES } from './demoProfiles';
import {
  DAY_MS,
  deploymentsOn,
  errorRateAt,
  MINUTE,
  requestsAt,
  stochasticRound,
  supportTicketsOn,
  unitHash,
} from './demoShapes';

/** One series of the demo Prometheus: its samples are `[time in ms, value]`, oldest first. */
export interface DemoSeries {
  /** The family, e.g. `metrics_api_requests` (a counter's samples add `_total`). */
  family: string;
  type: 'counter' | 'gauge';
  help: string;
  labels: Record<string, string>;
  samples: Array<[number, number]>;
}

/** The platform whose SLIs the demo Prometheus holds. */
export const DEMO_PROMETHEUS_PLATFORM = 'system:default/observability-platform';

/** How the demo Prometheus's samples are laid out in time. */
export const DEMO_PROMETHEUS_TIMES = {
  /** Days of samples before the start: the SLO windows (30 d) and a step more. */
  historyDays: 31,
  /**
   * Hours of samples after the start. Prometheus shows a sample only once its time has come, so
   * the SLIs go on as if scraped, with no scrape job, for a day after the portal started.
   */
  aheadHours: 24,
  /** Seconds between the SLI samples (a scrape interval). */
  sliSeconds: 60,
  /** Seconds between the KPI samples (a slower exporter). */
  kpiSeconds: 300,
} as const;

/** The Metrics API's instances: their share of the traffic and when each restarted (minutes before the start). */
const INSTANCES = [
  { instance: 'metrics-gateway-0', share: 0.36, restartsMinutesAgo: [] },
  { instance: 'metrics-gateway-1', share: 0.33, restartsMinutesAgo: [17_280] },
  {
    instance: 'metrics-gateway-2',
    share: 0.31,
    restartsMinutesAgo: [4_300, 40],
  },
];
const CODES = ['200', '500', '503'] as const;

/** A latency regression that is no outage: a slow query plan, rolled back after two hours. */
const LATENCY_REGRESSION = {
  startsMinutesAgo: 4 * 1440 + 200,
  lastsMinutes: 120,
};

/** When the deployment exporter restarted (all its counters start from zero), at night. */
const DEPLOY_EXPORTER_RESTART_DAYS_AGO = 20;

/** A service that deploys but that no catalog entity stands for. */
export const UNKNOWN_SERVICE = 'legacy-batch';

function times(from: number, to: number, stepMs: number): number[] {
  const all: number[] = [];
  for (
    let time = Math.ceil(from / stepMs) * stepMs;
    time <= to;
    time += stepMs
  ) {
    all.push(time);
  }
  return all;
}

/**
 * The Components that use the Observability Platform: they consume one of its APIs or depend
 * on one of its parts. Names, sorted.
 */
export function observabilityConsumers(entities: Entity[]): string[] {
  const refs = (values: unknown, defaultKind: string) =>
    ((values as string[] | undefined) ?? []).map(ref =>
      stringifyEntityRef(
        parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' }),
      ),
    );
  const parts = new Set(
    entities
      .filter(
        e =>
          refs([e.spec?.system].filter(Boolean), 'System')[0] ===
          DEMO_PROMETHEUS_PLATFORM,
      )
      .map(e => stringifyEntityRef(e)),
  );
  return entities
    .filter(
      e =>
        e.kind === 'Component' &&
        !parts.has(stringifyEntityRef(e)) &&
        [
          ...refs(e.spec?.consumesApis, 'API'),
          ...refs(e.spec?.dependsOn, 'Component'),
        ].some(ref => parts.has(ref)),
    )
    .map(e => e.metadata.name)
    .sort();
}

/** The threshold of the platform's latency SLO: a p99 at or above it makes a bad slice. */
function latencyThreshold(entities: Entity[]): number {
  const platform = entities.find(
    e => stringifyEntityRef(e) === DEMO_PROMETHEUS_PLATFORM,
  );
  const slos =
    (platform?.spec?.platform as { slos?: any[] } | undefined)?.slos ?? [];
  const latency = slos.find(slo => 'thresholdMetric' in slo.indicator);
  if (typeof latency?.objectives?.[0]?.value !== 'number') {
    throw new Error(
      `${DEMO_PROMETHEUS_PLATFORM} declares no threshold SLO with an objective value; the demo Prometheus's latency gauge is drawn against it`,
    );
  }
  return latency.objectives[0].value;
}

/**
 * The Metrics API's request counters: one series per instance and status code, each counting
 * since its instance started (restarts reset them). Errors follow the platform's demo profile:
 * its usual rate, a bad day, and the outage that started before the demo did.
 */
function requestSeries(start: number, sliTimes: number[]): DemoSeries[] {
  const profile = DEMO_PROFILES['observability-platform'];
  return INSTANCES.flatMap(({ instance, share, restartsMinutesAgo }) => {
    const restarts = new Set(restartsMinutesAgo.map(m => start - m * MINUTE));
    const values: Record<string, number> = Object.fromEntries(
      CODES.map(code => [
        code,
        Math.round(
          profile.eventsPer5m *
            288 *
            (2 + 10 * unitHash(`${instance}/${code}/uptime`)),
        ),
      ]),
    );
    const samples: Record<string, Array<[number, number]>> = Object.fromEntries(
      CODES.map(code => [code, []]),
    );
    for (const time of sliTimes) {
      const seed = `${instance}/${time}`;
      const { events, failed, rate } = requestsAt({
        profile,
        time,
        now: start,
        volume: (profile.eventsPer5m / 5) * share,
        seed,
      });
      // An outage answers mostly 503 (overloaded); a usual error is mostly a 500.
      const unavailable = stochasticRound(
        failed * (rate >= 0.02 ? 0.75 : 0.2),
        `${seed}/503`,
      );
      const counts = {
        '200': events - failed,
        '500': failed - unavailable,
        '503': unavailable,
      };
      for (const code of CODES) {
        values[code] = (restarts.has(time) ? 0 : values[code]) + counts[code];
        samples[code].push([time, values[code]]);
      }
    }
    return CODES.map(code => ({
      family: 'metrics_api_requests',
      type: 'counter' as const,
      help: 'Requests the Metrics API answered, by status code (DEMO).',
      labels: { code, instance, job: 'metrics-api' },
      samples: samples[code],
    }));
  });
}

/**
 * The Metrics API's p99 query latency over each 5-minute slice, as a recording rule would give
 * it: under the threshold usually, above it in some slices of the outage, the bad day and the
 * latency regression.
 */
function latencySeries(
  start: number,
  sliTimes: number[],
  threshold: number,
): DemoSeries {
  const profile = DEMO_PROFILES['observability-platform'];
  const regressionFrom = start - LATENCY_REGRESSION.startsMinutesAgo * MINUTE;
  const regressionTo =
    regressionFrom + LATENCY_REGRESSION.lastsMinutes * MINUTE;
  const samples = sliTimes.map((time): [number, number] => {
    const slice = Math.floor(time / (5 * MINUTE));
    const badShare =
      time >= regressionFrom && time < regressionTo
        ? 0.6
        : Math.min(0.5, errorRateAt(profile, time, start) * 5);
    const isBad = unitHash(`latency/${slice}/bad`) < badShare;
    const spread = unitHash(`latency/${slice}/value`);
    const jitter = 0.95 + 0.1 * unitHash(`latency/${time}`);
    const value =
      threshold * (isBad ? 1.1 + 0.8 * spread : 0.25 + 0.4 * spread) * jitter;
    return [time, Number(value.toFixed(3))];
  });
  return {
    family: 'metrics_query_duration_p99_seconds',
    type: 'gauge',
    help: 'p99 latency of dashboard queries over the last 5 minutes, in seconds (DEMO).',
    labels: { job: 'metrics-api' },
    samples,
  };
}

/**
 * A counter of events that happen on given days at given times: its samples every `kpiTimes`,
 * counting from `initial`, from zero again after `resetAt`.
 */
function eventCounter(
  eventTimes: number[],
  kpiTimes: number[],
  initial: number,
  resetAt?: number,
): Array<[number, number]> {
  const sorted = [...eventTimes].sort((a, b) => a - b);
  let next = 0;
  let value = initial;
  let reset = resetAt === undefined;
  return kpiTimes.map((time): [number, number] => {
    if (!reset && time >= resetAt!) {
      // The exporter restarted: it counts what happened since, from zero.
      reset = true;
      value = 0;
      while (next < sorted.length && sorted[next] <= resetAt!) next++;
    }
    while (next < sorted.length && sorted[next] <= time) {
      value += 1;
      next++;
    }
    return [time, value];
  });
}

/** Times of `count` events on the day that starts at `day`, between `fromHour` and `fromHour + hours` UTC. */
function timesOnDay(
  seed: string,
  day: number,
  count: number,
  fromHour: number,
  hours: number,
): number[] {
  return Array.from({ length: count }, (_, i) => {
    const minute = Math.floor(unitHash(`${seed}/${day}/${i}`) * hours * 60);
    return day + fromHour * 60 * MINUTE + minute * MINUTE;
  });
}

/**
 * The KPI series, for platform-level and per-consumer KPIs pulled from Prometheus: the
 * platform's support tickets (a helpdesk exporter) and the deployments of each service that uses
 * it (a deployment exporter, with a restart), including one service the catalog does not know.
 * Their daily counts are those of the pushed demo metrics (`support_tickets`, `deployments`).
 */
function kpiSeries(
  entities: Entity[],
  start: number,
  kpiTimes: number[],
): DemoSeries[] {
  const profile = DEMO_PROFILES['observability-platform'];
  const days = times(kpiTimes[0] - DAY_MS, kpiTimes.at(-1)!, DAY_MS);
  const tickets = days.flatMap(day =>
    timesOnDay(
      'tickets',
      day,
      supportTicketsOn(DEMO_PROMETHEUS_PLATFORM, profile, day),
      7,
      12,
    ),
  );
  const resetAt =
    Math.floor(start / DAY_MS) * DAY_MS -
    DEPLOY_EXPORTER_RESTART_DAYS_AGO * DAY_MS +
    3 * 60 * MINUTE;
  const services = [...observabilityConsumers(entities), UNKNOWN_SERVICE];
  return [
    {
      family: 'observability_support_tickets',
      type: 'counter',
      help: 'Support tickets opened for the Observability Platform (DEMO).',
      labels: {},
      samples: eventCounter(
        tickets,
        kpiTimes,
        1000 + Math.floor(3000 * unitHash('tickets/initial')),
      ),
    },
    ...services.map(service => {
      const ref = `component:default/${service}`;
      const deployments = days.flatMap(day =>
        timesOnDay(ref, day, deploymentsOn(ref, day), 8, 10),
      );
      return {
        family: 'deployments',
        type: 'counter' as const,
        help: 'Production deployments, by service (DEMO).',
        labels: { service },
        samples: eventCounter(
          deployments,
          kpiTimes,
          Math.floor(2000 * unitHash(`${ref}/initial`)),
          resetAt,
        ),
      };
    }),
  ];
}

/**
 * The series of the demo Prometheus, for a start at `now`: the Observability Platform's SLIs
 * (request counters per instance and code, the p99 latency gauge) and KPI counters, from
 * {@link DEMO_PROMETHEUS_TIMES}`.historyDays` before the start to `aheadHours` after it.
 * Deterministic: the same `now` gives the same samples.
 */
export function demoPrometheusSeries(options: {
  now: Date;
  entities: Entity[];
}): DemoSeries[] {
  const start = Math.floor(options.now.getTime() / MINUTE) * MINUTE;
  const from = start - DEMO_PROMETHEUS_TIMES.historyDays * DAY_MS;
  const to = start + DEMO_PROMETHEUS_TIMES.aheadHours * 60 * MINUTE;
  const sliTimes = times(from, to, DEMO_PROMETHEUS_TIMES.sliSeconds * 1000);
  const kpiTimes = times(from, to, DEMO_PROMETHEUS_TIMES.kpiSeconds * 1000);
  return [
    ...requestSeries(start, sliTimes),
    latencySeries(start, sliTimes, latencyThreshold(options.entities)),
    ...kpiSeries(options.entities, start, kpiTimes),
  ];
}
