import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  MetricPointInput,
  PlatformSlo,
  PlatformSpec,
  sloMetricSources,
  getPlatformSpec,
} from '@platform-product/backstage-plugin-platform-product-common';
import { DEMO_PROFILES, DemoProfile } from './demoProfiles';
import {
  DAY_MS,
  deploymentsOn,
  errorRateAt,
  MINUTE,
  requestsAt,
  stochasticRound,
  supportTicketsOn,
  trafficFactor,
  unitHash,
} from './demoShapes';

const BUCKET_MS = 5 * MINUTE;

/** How much history the demo holds. */
export const DEMO_HISTORY_DAYS = 90;

/** Every demo point carries this label, so demo data is never mistaken for real data. */
export const DEMO_LABELS = { source: 'platform-product-demo' } as const;

function point(
  entityRef: string,
  metric: string,
  time: number,
  value: number,
): MetricPointInput {
  return {
    entityRef,
    metric,
    timestamp: new Date(time).toISOString(),
    value,
    labels: { ...DEMO_LABELS },
  };
}

/**
 * The end of every complete 5-minute bucket of the history, oldest first. A count point stands for
 * the interval that ends at its timestamp (as a Prometheus sample does), so a window ending now always
 * holds the latest bucket.
 */
function buckets(now: number, historyDays: number): number[] {
  const last = Math.floor(now / BUCKET_MS) * BUCKET_MS;
  const first = last - historyDays * DAY_MS + BUCKET_MS;
  const times: number[] = [];
  for (let time = first; time <= last; time += BUCKET_MS) {
    times.push(time);
  }
  return times;
}

/**
 * The start (00:00 UTC) of every complete day of the history, oldest first. Daily figures are
 * stamped at the end of their day (the next midnight), like the 5-minute buckets.
 */
function days(now: number, historyDays: number): number[] {
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const times: number[] = [];
  for (let day = historyDays; day >= 1; day--) {
    times.push(today - day * DAY_MS);
  }
  return times;
}

function sloPoints(
  platformRef: string,
  slo: PlatformSlo,
  profile: DemoProfile,
  times: number[],
  now: number,
): MetricPointInput[] {
  const points: MetricPointInput[] = [];
  if (sloMetricSources({ slos: [slo] } as unknown as PlatformSpec).length > 0) {
    // Pulled from a metricSource (Prometheus): pushing under its names is refused.
    return points;
  }
  if ('ratioMetric' in slo.indicator) {
    const { good, bad, total } = slo.indicator.ratioMetric as {
      good?: { metric: string };
      bad?: { metric: string };
      total: { metric: string };
    };
    for (const time of times) {
      const { events, failed } = requestsAt({
        profile,
        time,
        now,
        volume: profile.eventsPer5m,
        seed: `${platformRef}/${slo.name}/${time}`,
      });
      points.push(point(platformRef, total.metric, time, events));
      if (good) {
        points.push(point(platformRef, good.metric, time, events - failed));
      } else if (bad) {
        points.push(point(platformRef, bad.metric, time, failed));
      }
    }
    return points;
  }

  // A threshold SLI: one measured value per bucket, bad more often when the platform is failing.
  const metric = slo.indicator.thresholdMetric.metric!;
  const objective = slo.objectives[0];
  const threshold = objective.value ?? 1;
  const lowerIsBetter = objective.op === 'lt' || objective.op === 'lte';
  for (const time of times) {
    const seed = `${platformRef}/${slo.name}/${time}`;
    const badShare = Math.min(0.5, errorRateAt(profile, time, now) * 15);
    const isBad = unitHash(`${seed}/bad`) < badShare;
    const spread = unitHash(`${seed}/value`);
    let value: number;
    if (lowerIsBetter) {
      value = threshold * (isBad ? 1.1 + spread : 0.25 + 0.5 * spread);
    } else {
      value = threshold * (isBad ? 0.3 + 0.5 * spread : 1.2 + spread);
    }
    points.push(point(platformRef, metric, time, Number(value.toFixed(3))));
  }
  return points;
}

function platformDailyPoints(
  platformRef: string,
  profile: DemoProfile,
  dayStarts: number[],
): MetricPointInput[] {
  const points: MetricPointInput[] = [];
  for (const day of dayStarts) {
    const seed = `${platformRef}/${day}`;
    const weekday = trafficFactor(day + 12 * 60 * MINUTE);
    points.push(
      point(
        platformRef,
        'support_tickets',
        day + DAY_MS,
        supportTicketsOn(platformRef, profile, day),
      ),
      point(
        platformRef,
        'active_users',
        day + DAY_MS,
        Math.round(
          profile.activeUsers *
            Math.min(1, weekday) *
            (0.9 + 0.2 * unitHash(`${seed}/users`)),
        ),
      ),
      point(
        platformRef,
        'cost',
        day + DAY_MS,
        Number(
          (
            profile.costPerDay *
            (0.95 + 0.1 * unitHash(`${seed}/cost`))
          ).toFixed(2),
        ),
      ),
    );
    // Sparse events sit at fixed times of fixed days, so loading again never adds new ones.
    if (unitHash(`${seed}/incident`) < profile.incidentsPer90Days / 90) {
      const at =
        day + Math.floor(unitHash(`${seed}/incident/at`) * 287) * BUCKET_MS;
      points.push(
        point(platformRef, 'incidents', at, 1),
        point(
          platformRef,
          'time_to_recover_minutes',
          at,
          Math.round(
            profile.minutesToRecover *
              (0.5 + unitHash(`${seed}/incident/recover`)),
          ),
        ),
      );
    }
    if (unitHash(`${seed}/onboarding`) < profile.onboardingsPerWeek / 7) {
      points.push(
        point(
          platformRef,
          'time_to_first_deployment_hours',
          day + 10 * 60 * MINUTE,
          Number(
            (
              profile.hoursToFirstDeployment *
              (0.5 + unitHash(`${seed}/onboarding/hours`))
            ).toFixed(1),
          ),
        ),
      );
    }
  }
  return points;
}

function consumerDailyPoints(
  consumerRef: string,
  dayStarts: number[],
): MetricPointInput[] {
  const failureShare = 0.005 + 0.04 * unitHash(`${consumerRef}/failures`);
  const leadTime = 2 + 30 * unitHash(`${consumerRef}/lead-time`);
  const points: MetricPointInput[] = [];
  for (const day of dayStarts) {
    const seed = `${consumerRef}/${day}`;
    const deployments = deploymentsOn(consumerRef, day);
    points.push(
      point(consumerRef, 'deployments', day + DAY_MS, deployments),
      point(
        consumerRef,
        'change_failures',
        day + DAY_MS,
        Math.min(
          deployments,
          stochasticRound(deployments * failureShare, `${seed}/failures`),
        ),
      ),
    );
    if (deployments > 0) {
      points.push(
        point(
          consumerRef,
          'lead_time_hours',
          day + DAY_MS,
          Number(
            (leadTime * (0.7 + 0.6 * unitHash(`${seed}/lead`))).toFixed(1),
          ),
        ),
      );
    }
  }
  return points;
}

/** The platform parts' own components are not consumers; every other Component is. */
function consumerRefs(entities: Entity[]): string[] {
  const platformSystems = new Set(
    entities
      .filter(entity => getPlatformSpec(entity))
      .map(entity => entity.metadata.name),
  );
  return entities
    .filter(
      entity =>
        entity.kind === 'Component' &&
        !platformSystems.has(String(entity.spec?.system ?? '')),
    )
    .map(entity => stringifyEntityRef(entity))
    .sort();
}

/**
 * Generates the demo metric history of the example organisation: 90 days of 5-minute SLI buckets
 * for every SLO of every platform that has a demo profile, daily support, usage, cost, incident and
 * onboarding figures for those platforms, and daily deployments, change failures and lead times for
 * every consumer service.
 *
 * The output depends only on `now` and the entities: bucket times are aligned to the clock, sparse
 * events sit at fixed times, and episodes are placed relative to `now`, so loading again updates
 * the same points instead of adding new ones.
 */
export function generateDemoMetrics(options: {
  now: Date;
  entities: Entity[];
  /** Days of history, default {@link DEMO_HISTORY_DAYS}. */
  historyDays?: number;
}): MetricPointInput[] {
  const now = options.now.getTime();
  const historyDays = options.historyDays ?? DEMO_HISTORY_DAYS;
  const times = buckets(now, historyDays);
  const dayStarts = days(now, historyDays);
  const points: MetricPointInput[] = [];
  for (const entity of options.entities) {
    const spec = getPlatformSpec(entity);
    const profile = DEMO_PROFILES[entity.metadata.name];
    if (!spec || !profile) {
      continue;
    }
    const ref = stringifyEntityRef(entity);
    for (const slo of spec.slos ?? []) {
      points.push(...sloPoints(ref, slo, profile, times, now));
    }
    points.push(...platformDailyPoints(ref, profile, dayStarts));
  }
  for (const ref of consumerRefs(options.entities)) {
    points.push(...consumerDailyPoints(ref, dayStarts));
  }
  return points;
}
