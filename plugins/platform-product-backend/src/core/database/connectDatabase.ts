import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@platform-product/backstage-plugin-platform-product-backend',
  'migrations',
);

/** One connection (and one migration run) per database service the plugin is given. */
const connections = new WeakMap<DatabaseService, Promise<Knex>>();

/**
 * The plugin's knex client, with the plugin's migrations run once, the first time a database
 * service is connected, unless `backend.database.migrations.skip` (or `skipMigrations`) is set. Every
 * store connects through this, so the migrations run once however many stores the plugin opens.
 *
 * @internal
 */
export function connectDatabase(
  database: DatabaseService,
  options?: { skipMigrations?: boolean },
): Promise<Knex> {
  let connection = connections.get(database);
  if (!connection) {
    connection = (async () => {
      const client = await database.getClient();
      if (!database.migrations?.skip && !options?.skipMigrations) {
        await migrateLatest(client);
      }
      return client;
    })();
    // A failed connection is not remembered, so that the next store retries.
    connection.catch(() => connections.delete(database));
    connections.set(database, connection);
  }
  return connection;
}

/**
 * Runs the migrations. Two replicas starting at the same moment on an empty PostgreSQL database can
 * both try to create knex's own migration tables and one fails (a duplicate pg_type); once those
 * tables exist knex's lock serialises the rest, so a failed first attempt is retried a few times.
 */
async function migrateLatest(client: Knex, attempts = 3): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.migrate.latest({ directory: migrationsDir });
      return;
    } catch (error) {
      if (attempt >= attempts) {
        throw error;
      }
      await new Promise(resolve => setTimeout(resolve, 250 * attempt));
    }
  }
}
