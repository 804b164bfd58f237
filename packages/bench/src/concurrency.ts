import { Knex } from 'knex';

/** Calls `task` for every item, at most `concurrency` at a time; resolves when all are done. */
export async function inParallel<T>(
  items: T[],
  concurrency: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      await task(items[next++]);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, worker),
  );
}

/** Counts the queries `knex` sends from now on (those `matches` accepts) until `stop`. */
export function countQueries(
  knex: Knex,
  matches: (sql: string) => boolean = () => true,
): { stop(): number } {
  let count = 0;
  const listener = (query: { sql: string }) => {
    if (matches(query.sql)) count++;
  };
  knex.on('query', listener);
  return {
    stop() {
      knex.removeListener('query', listener);
      return count;
    },
  };
}
