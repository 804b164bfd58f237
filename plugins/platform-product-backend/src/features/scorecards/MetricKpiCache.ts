import { createHash } from 'node:crypto';
import type {
  MetricKpiId,
  PlatformAdoption,
} from '@platform-product/backstage-plugin-platform-product-common';
import { TtlCache } from '../../core/catalog/TtlCache';
import { consumerServiceRefs } from './consumerServiceRefs';

/** A platform's metric KPIs now, as `ScorecardService.metricValues` computes them. */
export type MetricKpiValues = Record<MetricKpiId, number | null>;

/**
 * A platform's metric KPIs now, kept for a short time: they read a month (or three) of points of
 * every consumer service, the bulk of a scorecard's cost on a large catalog, and are asked for on
 * every Platform tab, card and portfolio snapshot. An expired value is answered at once and
 * recomputed in the background; points ingested or pulled for the platform, or for any service
 * counted as its consumer, forget its value at once (on this replica; another replica catches up
 * within the cache time). A change of the platform's metric declarations or of its consumers is a
 * new key.
 *
 * @internal
 */
export class MetricKpiCache {
  private readonly cache: TtlCache<MetricKpiValues>;
  /** The consumer services each cached platform's values were computed over. */
  private readonly consumers = new Map<string, ReadonlySet<string>>();
  /**
   * Digest and lower-cased set of an adoption's consumer services, by the adoption's identity: a
   * platform on a large catalog has tens of thousands of consumers, and the same (cached) adoption
   * comes with every read, so they are hashed once per graph, not once per read.
   */
  private readonly consumerLists = new WeakMap<
    PlatformAdoption,
    { digest: string; refs: ReadonlySet<string> }
  >();

  /**
   * @param options - with:
   *   - `ttlMs`: how long a value is fresh; 0 computes on every read
   *   - `onBackgroundError`: told when a background recomputation fails (the old value stays)
   */
  constructor(options: {
    ttlMs: number;
    now: () => number;
    onBackgroundError?: (error: unknown) => void;
  }) {
    this.cache = new TtlCache({
      ttlMs: options.ttlMs,
      staleWhileRevalidate: options.ttlMs > 0,
      onBackgroundError: options.onBackgroundError,
      now: options.now,
    });
  }

  /** The platform's values over the consumer services of `adoption`, cached or from `compute`. */
  get(
    platform: { ref: string; spec: unknown },
    adoption: PlatformAdoption,
    compute: () => Promise<MetricKpiValues>,
  ): Promise<MetricKpiValues> {
    const consumers = this.consumerList(adoption);
    const key = `${platform.ref}\n${fingerprint(
      platform.spec,
      consumers.digest,
    )}`;
    this.consumers.set(platform.ref, consumers.refs);
    return this.cache.get(key, compute);
  }

  private consumerList(adoption: PlatformAdoption) {
    let list = this.consumerLists.get(adoption);
    if (!list) {
      const consumerServices = consumerServiceRefs(adoption);
      list = {
        digest: createHash('sha1')
          .update(consumerServices.join('\n'))
          .digest('base64'),
        refs: new Set(
          consumerServices.map(ref => ref.toLocaleLowerCase('en-US')),
        ),
      };
      this.consumerLists.set(adoption, list);
    }
    return list;
  }

  /** Forgets the values that read points of these entities (platforms or consumer services). */
  invalidate(entityRefs: Iterable<string>): void {
    const refs = new Set(
      [...entityRefs].map(ref => ref.toLocaleLowerCase('en-US')),
    );
    const stale = [...this.consumers]
      .filter(
        ([platformRef, services]) =>
          refs.has(platformRef) || [...refs].some(ref => services.has(ref)),
      )
      .map(([platformRef]) => platformRef);
    if (stale.length === 0) return;
    for (const platformRef of stale) this.consumers.delete(platformRef);
    this.cache.delete(key => stale.includes(key.slice(0, key.indexOf('\n'))));
  }
}

/** What the values depend on besides the points: the platform's declarations and its consumers. */
function fingerprint(spec: unknown, consumersDigest: string) {
  return createHash('sha1')
    .update(JSON.stringify(spec))
    .update('\n')
    .update(consumersDigest)
    .digest('base64');
}
