import {
  DataSourceStatus,
  PlatformDataSources,
  PulledSource,
  pulledSources,
  ratioMetricsOf,
  thresholdMetricOf,
  WELL_KNOWN_METRICS,
} from '@platform-product/backstage-plugin-platform-product-common';
import { ResolvedPlatform } from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { MetricStore } from '../../core/metrics';
import { DataSourceStore } from './DataSourceStore';
import { MetricProviderRegistry } from './MetricProviderRegistry';

/** A row before its points and pulls are read: what it feeds and the name its points are under. */
type Row = Pick<
  DataSourceStatus,
  | 'feeds'
  | 'slo'
  | 'sloDisplayName'
  | 'role'
  | 'kpiMetric'
  | 'scope'
  | 'entityLabel'
  | 'metric'
> & {
  /** Pushed per-consumer points are on the consumer services, not on the platform. */
  onConsumers: boolean;
};

/**
 * Where each metric of a platform comes from — each metric of its SLOs and each well-known metric
 * its KPIs read, pushed or pulled — with the points stored, the latest point, and for a pulled one
 * its last pull and its last problem in words: what the Data sources section of the Platform tab
 * shows.
 *
 * @internal
 */
export class DataSourceService {
  constructor(
    private readonly options: {
      registry: MetricProviderRegistry;
      store: DataSourceStore;
      metrics: MetricStore;
      graphs: PlatformGraphProvider;
      pullIntervalMinutes: number;
      now: () => Date;
    },
  ) {}

  async list(platform: ResolvedPlatform): Promise<PlatformDataSources> {
    const { metrics, store, registry } = this.options;
    const pulled = new Map(
      pulledSources(platform.spec).map(source => [source.metric, source]),
    );
    const rows = [...sloRows(platform), ...kpiRows(pulled)];
    const consumerServices = rows.some(row => row.onConsumers)
      ? (await this.options.graphs.adoption(platform)).consumers
          .map(consumer => consumer.entityRef)
          .filter(ref => ref.startsWith('component:'))
      : [];
    const [summary, onConsumers, pulls] = await Promise.all([
      metrics.summarize(
        platform.ref,
        rows.filter(row => !row.onConsumers).map(row => row.metric),
      ),
      Promise.all(
        rows
          .filter(row => row.onConsumers)
          .map(
            async row =>
              [
                row.metric,
                await metrics.summarizeAcross(consumerServices, row.metric),
              ] as const,
          ),
      ).then(entries => new Map(entries)),
      store.list(platform.ref),
    ]);
    const pullOf = new Map(pulls.map(pull => [pull.metric, pull]));
    const iso = (ms: number | null | undefined) =>
      ms === null || ms === undefined ? null : new Date(ms).toISOString();
    const items: DataSourceStatus[] = rows.map(
      ({ onConsumers: consumers, ...row }) => {
        const stored = consumers
          ? onConsumers.get(row.metric)
          : summary.get(row.metric);
        const source = pulled.get(row.metric);
        const pull = pullOf.get(row.metric);
        return {
          ...row,
          mode: source ? 'pulled' : 'pushed',
          ...(source ? { source: describeSource(source) } : {}),
          points: stored?.points ?? 0,
          lastPointAt: iso(stored?.lastTs),
          lastAttemptAt: iso(pull?.lastAttemptAt),
          lastSuccessAt: iso(pull?.lastSuccessAt),
          problem: source ? pull?.problem ?? null : null,
          error: source ? pull?.error ?? null : null,
        };
      },
    );
    return {
      platformRef: platform.ref,
      providers: registry.types(),
      pullIntervalMinutes: this.options.pullIntervalMinutes,
      items,
      computedAt: this.options.now().toISOString(),
    };
  }
}

/** Each metric of each SLO: its counted events and total, or its threshold metric. */
function sloRows(platform: ResolvedPlatform): Row[] {
  return (platform.spec.slos ?? []).flatMap((slo): Row[] => {
    const base = {
      feeds: 'slo' as const,
      slo: slo.name,
      sloDisplayName: slo.displayName ?? slo.name,
      onConsumers: false,
    };
    const ratio = ratioMetricsOf(slo);
    return ratio
      ? [
          { ...base, role: ratio.counts, metric: ratio.counted },
          { ...base, role: 'total', metric: ratio.total },
        ]
      : [{ ...base, role: 'threshold', metric: thresholdMetricOf(slo)! }];
  });
}

/** Each well-known metric: pulled (under its pulled name) or pushed (under its own). */
function kpiRows(pulled: ReadonlyMap<string, PulledSource>): Row[] {
  const byKpi = new Map(
    [...pulled.values()].flatMap(source =>
      source.feeds === 'kpi' ? [[source.kpiMetric, source] as const] : [],
    ),
  );
  return WELL_KNOWN_METRICS.map(({ name, scope }) => {
    const source = byKpi.get(name);
    return {
      feeds: 'kpi' as const,
      kpiMetric: name,
      scope,
      ...(source?.entityLabel ? { entityLabel: source.entityLabel } : {}),
      metric: source?.metric ?? name,
      onConsumers: !source && scope === 'consumer',
    };
  });
}

function describeSource(source: PulledSource): DataSourceStatus['source'] {
  const query = source.source.spec.query;
  return {
    type: source.source.type,
    ...(source.source.metricSourceRef
      ? { metricSourceRef: source.source.metricSourceRef }
      : {}),
    ...(typeof query === 'string' ? { query } : {}),
  };
}
