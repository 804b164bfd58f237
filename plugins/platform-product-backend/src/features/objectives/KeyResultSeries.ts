import { InputError } from '@backstage/errors';
import {
  addUtcDays,
  adoptionRatio,
  aggregateSeries,
  consumersOwnedWithin,
  describeValue,
  goodAndTotal,
  KeyResultBinding,
  KeyResultScope,
  parseDuration,
  ratioMetricsOf,
  resolveSloWindow,
  scopeGroups,
  sloAttainment,
  sloMetricNames,
  teamAdoptionWithin,
  toUtcDay,
  WELL_KNOWN_METRICS,
  kpiMetricOrigin,
  WellKnownMetricName,
} from '@platform-product/backstage-plugin-platform-product-common';
import { MetricStore, SnapshotStore } from '../../core/metrics';
import {
  DeprecationConsumerSource,
  ScorecardSource,
  SloStatusSource,
} from '../../ports';
import { MAX_FUTURE_SKEW_MS } from '../../core/metrics/constants';
import { ResolvedPlatform } from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';

/**
 * A measured value of a key result's series and when its last point was measured; `null` when the
 * series has no point.
 *
 * @internal
 */
export type Measurement = { value: number; lastPointAt: string } | null;

/**
 * What a key result measures: its binding, and the group it is scoped to, if any.
 *
 * @internal
 */
export interface KeyResultMeasure {
  binding: KeyResultBinding;
  scope?: KeyResultScope;
}

/** How far back a value "at a moment" may come from for daily series (adoption, NPS). */
const DAILY_LOOKBACK_DAYS = 400;

const CONSUMER_METRICS = new Set<string>(
  WELL_KNOWN_METRICS.filter(m => m.scope === 'consumer').map(m => m.name),
);
const WELL_KNOWN_NAMES = new Set<string>(WELL_KNOWN_METRICS.map(m => m.name));

/**
 * Measures the series a key result is bound to, now or as of a past moment:
 *
 * - `metric`: the points in the trailing window before the moment, reduced by the aggregation; a
 *   well-known consumer metric (`deployments`, `change_failures`, `lead_time_hours`) is read on the
 *   platform's consumer services, as the scorecard reads it, any other metric on the platform;
 * - `adoption`: the live adoption ratio now; in the past, the daily adoption snapshot of that day
 *   or the last one before it;
 * - `nps`: the scorecard's NPS KPI now; in the past, its daily history;
 * - `slo-attainment`: the SLO status now (as the SLO panel shows it); in the past, the attainment of
 *   a ratio SLO over its window ending at that moment (threshold SLOs have no past value);
 * - `deprecation-consumers`: the number of current consumers of the deprecated entity in the
 *   catalog graph (through the deprecations feature), only those owned within the scope group when
 *   scoped; it has no past value.
 *
 * A key result scoped to a group (a shared objective) is measured on that group's slice of the
 * catalog graph — `adoption` among the audience teams at or below the group — and its series is
 * just its current value: at a past moment it has no value (`null`), so a roadmap item linked to
 * it shows no movement.
 *
 * @internal
 */
export class KeyResultSeries {
  constructor(
    private readonly options: {
      metrics: MetricStore;
      snapshots: SnapshotStore;
      graphs: PlatformGraphProvider;
      scorecards: ScorecardSource;
      sloStatus: SloStatusSource;
      deprecationConsumers: DeprecationConsumerSource;
      now: () => Date;
    },
  ) {}

  /** The value of the series now (`at` omitted) or as of `at`. */
  async measure(
    platform: ResolvedPlatform,
    keyResult: KeyResultMeasure,
    at?: Date,
  ): Promise<Measurement> {
    const { binding, scope } = keyResult;
    const now = this.options.now().getTime();
    const moment = at ? Math.min(at.getTime(), now) : undefined;
    if (binding.type === 'deprecation-consumers' || scope) {
      return moment === undefined
        ? this.graphSliceNow(platform, keyResult, now)
        : null;
    }
    switch (binding.type) {
      case 'metric':
        return this.metric(
          platform,
          binding,
          moment ?? now,
          moment === undefined,
        );
      case 'adoption':
        return moment === undefined
          ? this.adoptionNow(platform, now)
          : this.adoptionAt(platform, moment);
      case 'nps':
        return this.nps(platform, moment ?? now, moment === undefined);
      case 'slo-attainment':
        return moment === undefined
          ? this.sloNow(platform, binding.slo)
          : this.sloAt(platform, binding.slo, moment);
      default:
        throw new InputError(`binding.type: unknown binding type`);
    }
  }

  /**
   * Throws an InputError naming the field when the key result points at nothing: an SLO the
   * platform does not declare, a metric that was never ingested for it (or its consumers) and is
   * not a well-known one, an entity without `spec.deprecation`, or a scope group that is not in
   * the catalog. Refs are expected normalised (lower case).
   */
  async checkBinding(
    platform: ResolvedPlatform,
    keyResult: KeyResultMeasure,
  ): Promise<void> {
    const { binding, scope } = keyResult;
    if (scope) {
      const group = (await this.options.graphs.get()).entity(scope.groupRef);
      if (group?.kind.toLocaleLowerCase('en-US') !== 'group') {
        throw new InputError(
          `scope.groupRef: ${scope.groupRef} was not found in the catalog; scope the key result to an existing Group (an org or a team), e.g. group:default/commerce`,
        );
      }
    }
    if (binding.type === 'deprecation-consumers') {
      const consumers = await this.options.deprecationConsumers.consumersOf(
        binding.deprecationRef,
      );
      if (!consumers) {
        throw new InputError(
          `binding.deprecationRef: ${binding.deprecationRef} is not a deprecated entity in the catalog (no entity with that ref has a valid spec.deprecation); name an entity that carries spec.deprecation, see docs/deprecations.md`,
        );
      }
    }
    if (binding.type === 'slo-attainment') {
      const names = (platform.spec.slos ?? []).map(slo => slo.name);
      if (!names.includes(binding.slo)) {
        throw new InputError(
          `binding.slo: ${describeValue(binding.slo)} is not an SLO of ${
            platform.ref
          }; ${
            names.length > 0
              ? `its SLOs: ${names.join(', ')}`
              : 'it declares no SLOs in spec.platform.slos'
          }`,
        );
      }
    }
    if (binding.type === 'metric') {
      if (WELL_KNOWN_NAMES.has(binding.metric)) return;
      const exists = await this.options.metrics.hasPoints({
        entityRefs: await this.entitiesOf(platform, binding.metric),
        metric: binding.metric,
      });
      if (!exists) {
        const known = [
          ...new Set([
            ...WELL_KNOWN_NAMES,
            ...sloMetricNames(platform.spec),
            ...(await this.options.metrics.metricNames(platform.ref)),
          ]),
        ].sort();
        throw new InputError(
          `binding.metric: metric '${binding.metric}' has no data on ${
            platform.ref
          }; known metrics: ${known.join(', ')}`,
        );
      }
    }
  }

  /**
   * The current value of a key result measured on the catalog graph: a deprecation's consumers
   * (within the scope group when scoped), or adoption among the scope group's audience teams.
   */
  private async graphSliceNow(
    platform: ResolvedPlatform,
    { binding, scope }: KeyResultMeasure,
    now: number,
  ): Promise<Measurement> {
    const graph = await this.options.graphs.get();
    const groups = scope && scopeGroups(graph, scope.groupRef);
    let value: number | null = null;
    if (binding.type === 'deprecation-consumers') {
      const consumers = await this.options.deprecationConsumers.consumersOf(
        binding.deprecationRef,
      );
      if (consumers) {
        value = groups
          ? consumersOwnedWithin(consumers, groups, graph).length
          : consumers.length;
      }
    } else if (binding.type === 'adoption' && groups) {
      const { teams } = await this.options.graphs.adoption(platform);
      value = teamAdoptionWithin(teams, groups).ratio;
    }
    return value === null
      ? null
      : { value, lastPointAt: new Date(now).toISOString() };
  }

  /**
   * Where a metric's points are: a well-known metric the platform pulls is on the platform (under
   * its pulled name); a pushed per-consumer one on the consumer services; any other on the platform.
   */
  private async pointsOf(
    platform: ResolvedPlatform,
    metric: string,
  ): Promise<{ entityRefs: string[]; metric: string }> {
    if (WELL_KNOWN_NAMES.has(metric)) {
      const origin = kpiMetricOrigin(
        platform.spec,
        metric as WellKnownMetricName,
      );
      if (origin.pulled) {
        return { entityRefs: [platform.ref], metric: origin.metric };
      }
    }
    return { entityRefs: await this.entitiesOf(platform, metric), metric };
  }

  private async entitiesOf(
    platform: ResolvedPlatform,
    metric: string,
  ): Promise<string[]> {
    if (!CONSUMER_METRICS.has(metric)) {
      return [platform.ref];
    }
    const adoption = await this.options.graphs.adoption(platform);
    return adoption.consumers
      .map(consumer => consumer.entityRef)
      .filter(ref => ref.startsWith('component:'));
  }

  private async metric(
    platform: ResolvedPlatform,
    binding: Extract<KeyResultBinding, { type: 'metric' }>,
    to: number,
    isNow: boolean,
  ): Promise<Measurement> {
    const windowMs = parseDuration(binding.window);
    const points = await this.options.metrics.listPoints({
      ...(await this.pointsOf(platform, binding.metric)),
      // Points may be stamped a little ahead of the server's clock; now, they count already.
      range: { from: to - windowMs, to: isNow ? to + MAX_FUTURE_SKEW_MS : to },
      labels: binding.labels,
    });
    const value = aggregateSeries(
      points.map(point => point.value),
      binding.aggregation,
      windowMs,
    );
    return value === null
      ? null
      : {
          value,
          lastPointAt: new Date(points[points.length - 1].ts).toISOString(),
        };
  }

  private async adoptionNow(
    platform: ResolvedPlatform,
    now: number,
  ): Promise<Measurement> {
    const { ratio } = (await this.options.graphs.adoption(platform)).teams;
    return ratio === null
      ? null
      : { value: ratio, lastPointAt: new Date(now).toISOString() };
  }

  private async adoptionAt(
    platform: ResolvedPlatform,
    at: number,
  ): Promise<Measurement> {
    const toDay = toUtcDay(at);
    const snapshots = await this.options.snapshots.listAdoptionSnapshots({
      platformRef: platform.ref,
      fromDay: addUtcDays(toDay, -DAILY_LOOKBACK_DAYS),
      toDay,
    });
    const last = [...snapshots].reverse().find(s => s.audienceTeams > 0);
    return last
      ? {
          value: adoptionRatio(last.adoptingTeams, last.audienceTeams)!,
          lastPointAt: new Date(last.computedAt).toISOString(),
        }
      : null;
  }

  private async nps(
    platform: ResolvedPlatform,
    at: number,
    isNow: boolean,
  ): Promise<Measurement> {
    const toDay = toUtcDay(at);
    const scorecard = await this.options.scorecards.getScorecard(platform, {
      fromDay: addUtcDays(toDay, -DAILY_LOOKBACK_DAYS),
      toDay,
    });
    const kpi = scorecard.kpis.find(k => k.kpi === 'nps');
    const history = (kpi?.history ?? []).filter(
      (point): point is { day: string; value: number } & typeof point =>
        point.value !== null,
    );
    const lastDay = history[history.length - 1];
    if (isNow && kpi && kpi.value !== null) {
      return {
        value: kpi.value,
        lastPointAt: lastDay ? dayStart(lastDay.day) : scorecard.computedAt,
      };
    }
    return lastDay
      ? { value: lastDay.value, lastPointAt: dayStart(lastDay.day) }
      : null;
  }

  private async sloNow(
    platform: ResolvedPlatform,
    name: string,
  ): Promise<Measurement> {
    const statuses = await this.options.sloStatus.getStatuses(
      platform.ref,
      platform.spec,
    );
    const status = statuses.find(s => s.name === name);
    return status && status.attainment !== null && status.lastPointAt
      ? { value: status.attainment, lastPointAt: status.lastPointAt }
      : null;
  }

  private async sloAt(
    platform: ResolvedPlatform,
    name: string,
    at: number,
  ): Promise<Measurement> {
    const slo = (platform.spec.slos ?? []).find(s => s.name === name);
    const ratio = slo && ratioMetricsOf(slo);
    if (!slo || !ratio) {
      return null;
    }
    let from: number;
    try {
      from = resolveSloWindow(slo.timeWindow[0], at).from;
    } catch (error) {
      if (error instanceof RangeError) return null;
      throw error;
    }
    const sums = await this.options.metrics.sumMetricWindows({
      entityRef: platform.ref,
      metrics: [ratio.counted, ratio.total],
      range: { from, to: at },
      starts: [from],
    });
    const lastTs = sums.get(ratio.total)?.lastTs ?? null;
    const attainment = sloAttainment(
      goodAndTotal(ratio, {
        counted: sums.get(ratio.counted)?.sums[0] ?? 0,
        total: sums.get(ratio.total)?.sums[0] ?? 0,
      }),
    );
    return attainment === null || lastTs === null
      ? null
      : { value: attainment, lastPointAt: new Date(lastTs).toISOString() };
  }
}

function dayStart(day: string): string {
  return `${day}T00:00:00.000Z`;
}
