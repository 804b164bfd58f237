/**
 * A small in-memory cache of values that are expensive to compute and may be slightly old, with one
 * load in flight per key shared by every caller that asks meanwhile.
 *
 * It holds nothing that other replicas need: losing it (a restart, another replica answering) only
 * costs a reload.
 *
 * @internal
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; loadedAt: number }>();
  private readonly loading = new Map<string, Promise<V>>();
  private generation = 0;

  /**
   * @param options - with:
   *   - `ttlMs`: how long a value is fresh; 0 reloads on every read (but still shares a
   *   load in flight)
   *   - `staleWhileRevalidate`: answer with an expired value at once and reload it in the
   *   background, instead of making the caller wait for the reload
   *   - `onBackgroundError`: called when a background reload fails (the old value stays)
   *   - `now`: the clock, in milliseconds
   */
  constructor(
    private readonly options: {
      ttlMs: number;
      staleWhileRevalidate?: boolean;
      onBackgroundError?: (error: unknown) => void;
      now?: () => number;
    },
  ) {}

  /** The cached value of `key`, or the value `load` gives when there is none or it has expired. */
  async get(key: string, load: () => Promise<V>): Promise<V> {
    const entry = this.entries.get(key);
    if (entry && this.now() - entry.loadedAt < this.options.ttlMs) {
      return entry.value;
    }
    if (entry && this.options.staleWhileRevalidate) {
      this.load(key, load).catch(error =>
        this.options.onBackgroundError?.(error),
      );
      return entry.value;
    }
    return this.load(key, load);
  }

  /** Loads `key` now, whatever is cached, and caches the result. */
  async refresh(key: string, load: () => Promise<V>): Promise<V> {
    this.loading.delete(key);
    return this.load(key, load);
  }

  /**
   * Forgets the keys `matches` accepts, including values being loaded at this moment: a load that
   * started before the deletion is not cached when it ends.
   */
  delete(matches: (key: string) => boolean): void {
    this.generation += 1;
    for (const key of [...this.entries.keys(), ...this.loading.keys()]) {
      if (matches(key)) {
        this.entries.delete(key);
        this.loading.delete(key);
      }
    }
  }

  private load(key: string, load: () => Promise<V>): Promise<V> {
    const inFlight = this.loading.get(key);
    if (inFlight) {
      return inFlight;
    }
    const generation = this.generation;
    const startedAt = this.now();
    const promise = load()
      .then(value => {
        const current = this.entries.get(key);
        if (
          generation === this.generation &&
          (!current || current.loadedAt <= startedAt)
        ) {
          this.entries.set(key, { value, loadedAt: startedAt });
        }
        return value;
      })
      .finally(() => {
        if (this.loading.get(key) === promise) {
          this.loading.delete(key);
        }
      });
    this.loading.set(key, promise);
    return promise;
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }
}
