import {
  DataSourceStatus,
  PlatformDataSources,
  PulledMetricRole,
  ratioMetricsOf,
  sloMetricSources,
  thresholdMetricOf,
} from '@platform-product/backstage-plugin-platform-product-common';
import { ResolvedPlatform } from '../../core/catalog/PlatformCatalog';
import { MetricStore } from '../../core/metrics';
import { DataSourceStore } from './DataSourceStore';
import { MetricProviderRegistry } from './MetricProviderRegistry';

/**
 * Where each metric of a platform's SLOs comes from — pushed or pulled — with the points stored,
 * the latest point, and for a pulled one its last pull and its last problem in words: what the
 * Data sources section of the Platform tab shows.
 *
 * @internal
 */
export class DataSourceService {
  constructor(
    private readonly options: {
      registry: MetricProviderRegistry;
      store: DataSourceStore;
      metrics: MetricStore;
      pullIntervalMinutes: number;
      now: () => Date;
    },
  ) {}

  async list(platform: ResolvedPlatform): Promise<PlatformDataSources> {
    const { metrics, store, registry } = this.options;
    const pulled = new Map(
      sloMetricSources(platform.spec).map(source => [source.metric, source]),
    );
    const rows: Array<{
      slo: string;
      sloDisplayName: string;
      role: PulledMetricRole;
      metric: string;
    }> = [];
    for (const slo of platform.spec.slos ?? []) {
      const sloDisplayName = slo.displayName ?? slo.name;
      const ratio = ratioMetricsOf(slo);
      if (ratio) {
        rows.push(
          {
            slo: slo.name,
            sloDisplayName,
            role: ratio.counts,
            metric: ratio.counted,
          },
          { slo: slo.name, sloDisplayName, role: 'total', metric: ratio.total },
        );
      } else {
        rows.push({
          slo: slo.name,
          sloDisplayName,
          role: 'threshold',
          metric: thresholdMetricOf(slo)!,
        });
      }
    }
    const [summary, pulls] = await Promise.all([
      metrics.summarize(
        platform.ref,
        rows.map(row => row.metric),
      ),
      store.list(platform.ref),
    ]);
    const pullOf = new Map(pulls.map(pull => [pull.metric, pull]));
    const iso = (ms: number | null | undefined) =>
      ms === null || ms === undefined ? null : new Date(ms).toISOString();
    const items: DataSourceStatus[] = rows.map(row => {
      const stored = summary.get(row.metric);
      const source = pulled.get(row.metric);
      const pull = pullOf.get(row.metric);
      const query = source?.source.spec.query;
      return {
        ...row,
        mode: source ? 'pulled' : 'pushed',
        ...(source
          ? {
              source: {
                type: source.source.type,
                ...(source.source.metricSourceRef
                  ? { metricSourceRef: source.source.metricSourceRef }
                  : {}),
                ...(typeof query === 'string' ? { query } : {}),
              },
            }
          : {}),
        points: stored?.points ?? 0,
        lastPointAt: iso(stored?.lastTs),
        lastAttemptAt: iso(pull?.lastAttemptAt),
        lastSuccessAt: iso(pull?.lastSuccessAt),
        problem: source ? pull?.problem ?? null : null,
        error: source ? pull?.error ?? null : null,
      };
    });
    return {
      platformRef: platform.ref,
      providers: registry.types(),
      pullIntervalMinutes: this.options.pullIntervalMinutes,
      items,
      computedAt: this.options.now().toISOString(),
    };
  }
}
