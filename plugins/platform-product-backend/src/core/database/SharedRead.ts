import { TtlCache } from '../catalog/TtlCache';

/**
 * How long a replica answers from a {@link SharedRead} before reading again: how long a write
 * through another replica may take to show on this one.
 *
 * @internal
 */
export const SHARED_READ_TTL_MS = 5_000;

/**
 * One read that many requests make with the same answer — every service card reads the open
 * survey rounds, the relevant announcements and the Now roadmap items of its platforms — made once
 * every few seconds on this replica instead of once per request. At 50,000 entities those three
 * queries were a fifth of a card's cost.
 *
 * The store that owns it calls {@link SharedRead.forget} after each of its writes to what it reads
 * (and when a transaction ends, committed or not), so this replica sees its own writes at once; a
 * read in flight when it forgets is not kept. A write through another replica shows within
 * `ttlMs`. The value is shared by every caller: callers must not change it.
 *
 * @internal
 */
export class SharedRead<V> {
  private readonly cache: TtlCache<V>;

  constructor(
    private readonly read: () => Promise<V>,
    options?: { ttlMs?: number; now?: () => number },
  ) {
    this.cache = new TtlCache({
      ttlMs: options?.ttlMs ?? SHARED_READ_TTL_MS,
      now: options?.now,
    });
  }

  /** The value read within the last `ttlMs` on this replica, or a new read (one at a time). */
  get(): Promise<V> {
    return this.cache.get('', this.read);
  }

  /** Reads again on the next {@link SharedRead.get}; a read in flight now is not kept. */
  forget(): void {
    this.cache.delete(() => true);
  }
}
