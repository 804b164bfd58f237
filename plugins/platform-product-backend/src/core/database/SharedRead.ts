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
 * read in flight when it forgets is not kept. Once `ttlMs` has passed, the next caller is answered
 * with the value it holds while a new read runs in the background: a card never waits for the
 * database behind other work (at 50,000 entities, queries queued on SQLite's one connection while
 * the catalog graph was rebuilt made one card wait 1.2 s). So a write through another replica
 * shows within `ttlMs` and one read. A failed background read keeps the value; the next caller
 * after `ttlMs` tries again. The value is shared by every caller: callers must not change it.
 *
 * @internal
 */
export class SharedRead<V> {
  private readonly cache: TtlCache<V>;

  constructor(
    private readonly read: () => Promise<V>,
    options?: {
      ttlMs?: number;
      /** Told when a background read fails (the value it holds is kept). */
      onBackgroundError?: (error: unknown) => void;
      now?: () => number;
    },
  ) {
    this.cache = new TtlCache({
      ttlMs: options?.ttlMs ?? SHARED_READ_TTL_MS,
      staleWhileRevalidate: true,
      onBackgroundError: options?.onBackgroundError,
      now: options?.now,
    });
  }

  /**
   * The value read on this replica (read again in the background when older than `ttlMs`), or,
   * when there is none (the first read, or the first after a write here), a new read.
   */
  get(): Promise<V> {
    return this.cache.get('', this.read);
  }

  /** Reads again on the next {@link SharedRead.get}; a read in flight now is not kept. */
  forget(): void {
    this.cache.delete(() => true);
  }
}
