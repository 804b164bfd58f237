import { Entity } from '@backstage/catalog-model';
import knexFactory, { Knex } from 'knex';
import { createTestApp } from './createTestApp';

/** One backend replica: the plugin's router and services, with its own caches and connection pool. */
export type Replica = Awaited<ReturnType<typeof createTestApp>>;

/**
 * Two replicas of the plugin on one PostgreSQL database, as two backends behind a load balancer
 * are: each with its own connection pool, stores, caches and notification service, sharing nothing
 * but the database and the clock.
 *
 * @param options - with:
 *   - `knex`: a connection to the database, from `TestDatabases.init('POSTGRES_…')`
 *   - `together`: start both at the same moment, so that their migrations race; by
 *   default the second starts once the first is up, as in a rolling deployment
 * @returns the replicas, and `close` to end the second pool
 */
export async function createReplicas(options: {
  knex: Knex;
  entities: Entity[];
  now: () => Date;
  together?: boolean;
}): Promise<{ replicas: [Replica, Replica]; close: () => Promise<void> }> {
  const { knex, entities, now } = options;
  if (knex.client.config.client !== 'pg') {
    throw new Error('createReplicas needs a PostgreSQL database');
  }
  const second = knexFactory({
    client: 'pg',
    connection: knex.client.config.connection,
    pool: { min: 0, max: 5 },
  });
  const start = (connection: Knex) =>
    createTestApp({ knex: connection, entities, now });
  try {
    const replicas: [Replica, Replica] = options.together
      ? await Promise.all([start(knex), start(second)])
      : [await start(knex), await start(second)];
    return { replicas, close: () => second.destroy() };
  } catch (error) {
    await second.destroy();
    throw error;
  }
}

/** Runs the same work on every replica at once, `times` times each, and waits for all of it. */
export async function onEveryReplica<T>(
  replicas: readonly Replica[],
  work: (replica: Replica) => Promise<T>,
  times = 3,
): Promise<T[]> {
  return Promise.all(
    Array.from({ length: times }).flatMap(() => replicas.map(work)),
  );
}
