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
        await client.migrate.latest({ directory: migrationsDir });
      }
      return client;
    })();
    // A failed connection is not remembered, so that the next store retries.
    connection.catch(() => connections.delete(database));
    connections.set(database, connection);
  }
  return connection;
}
