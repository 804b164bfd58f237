/**
 * Runs at most `max` tasks at a time; the others wait their turn, first come first served. Used
 * where a burst of requests would each start a handful of database queries at once: on PostgreSQL
 * the pool (10 connections by default) then queues hundreds of queries, and those that wait
 * longer than knex's acquire timeout (60 s) fail. Waiting here instead only costs time.
 *
 * @internal
 */
export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly max: number) {
    if (!Number.isInteger(max) || max < 1) {
      throw new RangeError(
        `max must be a whole number of 1 or more, not ${max}`,
      );
    }
  }

  /** How many tasks are running and how many wait. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /** Runs `task` when a place is free, and answers what it answers (or throws what it throws). */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.max) {
      this.running += 1;
    } else {
      // The place is handed over by the task that ends, so `running` stays as it is.
      await new Promise<void>(resolve => this.waiting.push(resolve));
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running -= 1;
    }
  }
}
