/**
 * Runs at most `max` tasks at a time; the others wait their turn, first come first served. The
 * backend bounds its scorecard computations with it (a burst of cold scorecards would otherwise
 * queue hundreds of queries on the database pool, and those waiting past knex's acquire timeout
 * fail), and the Prometheus module its requests to one server; a metric provider may bound its
 * calls the same way.
 *
 * @public
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
