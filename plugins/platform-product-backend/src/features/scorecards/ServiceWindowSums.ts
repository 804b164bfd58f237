import {
  DAY_MS,
  getOrCompute,
} from '@platform-product/backstage-plugin-platform-product-common';
import type { MetricStore } from '../../core/metrics';

/** The sum and number of a service's points of one metric over a window. */
export type WindowSum = { sum: number; count: number };

type Window = { metric: string; days: number };

/**
 * Each consumer service's sum of a metric over the last days, shared by every platform it
 * consumes. A platform's deployment frequency and change failure rate read these sums of all its
 * consumer services; on a large catalog a service consumes dozens of platforms, so reading them
 * per platform read the same points dozens of times (at 50,000 entities, about 20,000 services
 * per platform and a second per platform). Here each service's sum is read once and kept for
 * `ttlMs`, and a platform's values are a pick of its services' sums.
 *
 * Every sum covers the window ending when it was read (`windowEnd()`), so the sums a platform
 * combines are at most `ttlMs` apart, as old as the platform's cached values may be anyway.
 * Points ingested for a service forget its sums at once (on this replica), including a read in
 * flight when they came in: that read still answers its caller but is not kept.
 *
 * @internal
 */
export class ServiceWindowSums {
  /** By lower-case service ref, then window: the sum (`null`: no points) and when it was read. */
  private readonly entries = new Map<
    string,
    Map<string, { sum: WindowSum | null; readAt: number }>
  >();
  /** The reads in flight, by service and window: the sums of their whole batch. */
  private readonly reading = new Map<
    string,
    Map<string, Promise<Map<string, WindowSum>>>
  >();
  private generation = 0;
  /** The generation at which each service was last forgotten. */
  private readonly forgottenAt = new Map<string, number>();

  /**
   * @param options - with:
   *   - `store`: where the points are
   *   - `ttlMs`: how long a sum is kept; 0 reads every sum on every call
   *   - `now`: the clock, in milliseconds
   *   - `windowEnd`: where a window read now ends (exclusive), in milliseconds
   */
  constructor(
    private readonly options: {
      store: Pick<MetricStore, 'aggregateMetricByEntity'>;
      ttlMs: number;
      now: () => number;
      windowEnd: () => number;
    },
  ) {}

  /**
   * The sum of `metric` over the last `days` of each of these services that has points in it, by
   * lower-case ref; a service without points is absent.
   */
  async get(
    window: Window,
    serviceRefs: readonly string[],
  ): Promise<Map<string, WindowSum>> {
    const refs = [
      ...new Set(serviceRefs.map(ref => ref.toLocaleLowerCase('en-US'))),
    ];
    if (this.options.ttlMs <= 0) {
      return this.read(window, refs);
    }
    const key = windowKey(window);
    const now = this.options.now();
    const result = new Map<string, WindowSum>();
    const toRead: string[] = [];
    const pending = new Map<string, Promise<Map<string, WindowSum>>>();
    for (const ref of refs) {
      const entry = this.entries.get(ref)?.get(key);
      if (entry && now - entry.readAt < this.options.ttlMs) {
        if (entry.sum) result.set(ref, entry.sum);
        continue;
      }
      const inFlight = this.reading.get(ref)?.get(key);
      if (inFlight) pending.set(ref, inFlight);
      else toRead.push(ref);
    }
    if (toRead.length > 0) {
      const batch = this.readAndKeep(window, toRead);
      for (const ref of toRead) pending.set(ref, batch);
    }
    const batches = new Map<Promise<Map<string, WindowSum>>, string[]>();
    for (const [ref, batch] of pending) {
      getOrCompute(batches, batch, () => []).push(ref);
    }
    for (const [batch, batchRefs] of batches) {
      const sums = await batch;
      for (const ref of batchRefs) {
        const sum = sums.get(ref);
        if (sum) result.set(ref, sum);
      }
    }
    return result;
  }

  /** Forgets the sums of these services, e.g. after points for them came in. */
  invalidate(entityRefs: Iterable<string>): void {
    this.generation += 1;
    for (const entityRef of entityRefs) {
      const ref = entityRef.toLocaleLowerCase('en-US');
      this.entries.delete(ref);
      this.reading.delete(ref);
      this.forgottenAt.set(ref, this.generation);
    }
  }

  private readAndKeep(
    window: Window,
    refs: string[],
  ): Promise<Map<string, WindowSum>> {
    const key = windowKey(window);
    const generation = this.generation;
    const readAt = this.options.now();
    const batch = this.read(window, refs);
    for (const ref of refs) {
      const byWindow = this.reading.get(ref) ?? new Map();
      byWindow.set(key, batch);
      this.reading.set(ref, byWindow);
    }
    const settle = (sums?: Map<string, WindowSum>) => {
      for (const ref of refs) {
        const byWindow = this.reading.get(ref);
        if (byWindow?.get(key) === batch) byWindow.delete(key);
        if (byWindow?.size === 0) this.reading.delete(ref);
        if (!sums || (this.forgottenAt.get(ref) ?? -1) > generation) continue;
        const entries = this.entries.get(ref) ?? new Map();
        entries.set(key, { sum: sums.get(ref) ?? null, readAt });
        this.entries.set(ref, entries);
      }
    };
    batch.then(settle, () => settle());
    return batch;
  }

  private read(window: Window, refs: string[]) {
    const to = this.options.windowEnd();
    return this.options.store.aggregateMetricByEntity({
      entityRefs: refs,
      metric: window.metric,
      range: { from: to - window.days * DAY_MS, to },
    });
  }
}

function windowKey(window: Window) {
  return `${window.days}\n${window.metric}`;
}
