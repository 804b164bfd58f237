import { DatabaseService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { SHARED_READ_TTL_MS } from '../core/database';

/**
 * Two instances of a store on one database, as two replicas hold them, and a clock for their
 * shared reads (`Date.now`) that moves only when the test moves it. Call `restore` when done.
 */
export async function storeReplicas<S>(
  knex: Knex,
  create: (options: { database: DatabaseService }) => Promise<S>,
) {
  const database = mockServices.database({
    knex,
    migrations: { skip: false },
  });
  const here = await create({ database });
  const there = await create({ database });
  let clock = Date.now();
  const spy = jest.spyOn(Date, 'now').mockImplementation(() => clock);
  return {
    here,
    there,
    now: () => clock,
    /** Moves the clock past the shared reads' time to live. */
    passTtl: () => {
      clock += SHARED_READ_TTL_MS;
    },
    restore: () => spy.mockRestore(),
  };
}

const equals = (a: unknown, b: unknown) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Reads until `read` answers `expected` (a shared read refreshed in the background), for up to
 * 5 s of real time; then fails with the last answer.
 */
export async function readsEventually<T>(
  read: () => Promise<T>,
  expected: T,
): Promise<void> {
  const deadline = performance.now() + 5000;
  let last = await read();
  while (!equals(last, expected) && performance.now() < deadline) {
    await new Promise(resolve => setTimeout(resolve, 10));
    last = await read();
  }
  expect(last).toEqual(expected);
}
