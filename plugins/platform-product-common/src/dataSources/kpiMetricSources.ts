import type {
  KpiSource,
  MetricSourceSpec,
  PlatformSpec,
} from '../catalog/types';
import {
  MetricScope,
  WELL_KNOWN_METRICS,
  WellKnownMetricName,
} from '../core/metrics';
import {
  PULLED_METRIC_PREFIX,
  SloMetricSource,
  sloMetricSources,
} from '../slos/sloIndicators';

/**
 * The label a per-consumer source's series name their service by, unless the source names another.
 *
 * @public
 */
export const DEFAULT_ENTITY_LABEL = 'service';

/**
 * The annotation that names a service in the series of per-consumer sources, when its series are
 * labelled otherwise than with its name, e.g. `platform-product.dev/metrics-id: checkout-v2`.
 *
 * @public
 */
export const METRICS_ID_ANNOTATION = 'platform-product.dev/metrics-id';

/**
 * The label on the points of a per-consumer pulled metric that names the service they belong to
 * (an entity reference). The points are stored on the platform entity, one series per service.
 *
 * @public
 */
export const PULLED_ENTITY_LABEL = 'entity';

/**
 * The name a pulled well-known metric's points are stored under, on the platform entity:
 * `pulled.kpi.<metric>`, e.g. `pulled.kpi.deployments` (per-consumer ones carry the service in the
 * {@link PULLED_ENTITY_LABEL} label).
 *
 * @public
 */
export function pulledKpiMetricName(metric: WellKnownMetricName): string {
  return `${PULLED_METRIC_PREFIX}kpi.${metric}`;
}

/**
 * A well-known metric of a platform that is pulled from a source, with the name its points are
 * stored under.
 *
 * @public
 */
export interface KpiMetricSource {
  feeds: 'kpi';
  kpiMetric: WellKnownMetricName;
  /** `platform`: one series, the sum of the answer's; `consumer`: one series per service. */
  scope: MetricScope;
  /** For a per-consumer metric: the label that names the service. */
  entityLabel?: string;
  kind: 'counter' | 'gauge';
  metric: string;
  source: MetricSourceSpec;
  /** How far back the first pull backfills: the longest window a KPI reads the metric over. */
  window: string;
}

/**
 * A source a platform pulls points from: for one of its SLOs' metrics, or for a well-known metric.
 *
 * @public
 */
export type PulledSource = SloMetricSource | KpiMetricSource;

/**
 * Every well-known metric a platform pulls (its `kpiSources`), in the order of
 * {@link WELL_KNOWN_METRICS}.
 *
 * @public
 */
export function kpiMetricSources(
  spec: PlatformSpec | undefined,
): KpiMetricSource[] {
  const declared = spec?.kpiSources ?? {};
  return WELL_KNOWN_METRICS.flatMap(({ name, scope, kind }) => {
    const source: KpiSource | undefined = declared[name];
    if (!source) {
      return [];
    }
    const counter = source.counter ?? kind === 'count';
    return [
      {
        feeds: 'kpi' as const,
        kpiMetric: name,
        scope,
        ...(scope === 'consumer'
          ? { entityLabel: source.entityLabel ?? DEFAULT_ENTITY_LABEL }
          : {}),
        kind: counter ? ('counter' as const) : ('gauge' as const),
        metric: pulledKpiMetricName(name),
        source: source.metricSource,
        window: name === 'time_to_first_deployment_hours' ? '90d' : '30d',
      },
    ];
  });
}

/**
 * Every source a platform pulls from: its SLOs' first, then its well-known metrics'.
 *
 * @public
 */
export function pulledSources(spec: PlatformSpec | undefined): PulledSource[] {
  return [...sloMetricSources(spec), ...kpiMetricSources(spec)];
}

/**
 * Where the points of a well-known metric of a platform are read: pulled ones on the platform
 * entity under {@link pulledKpiMetricName} (per service by {@link PULLED_ENTITY_LABEL} for a
 * per-consumer metric), else pushed ones under the metric's own name — on the platform, or on each
 * consumer service.
 *
 * @public
 */
export function kpiMetricOrigin(
  spec: PlatformSpec | undefined,
  metric: WellKnownMetricName,
): { pulled: boolean; metric: string } {
  return spec?.kpiSources?.[metric]
    ? { pulled: true, metric: pulledKpiMetricName(metric) }
    : { pulled: false, metric };
}
