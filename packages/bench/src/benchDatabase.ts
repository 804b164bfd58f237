import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexFactory, { Knex } from 'knex';

/** A fresh database for one benchmark run, dropped on close. */
export interface BenchDatabase {
  knex: Knex;
  size(): Promise<number>;
  close(): Promise<void>;
}

const PG_URL = process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;

/**
 * Opens an empty database named after the run: a file in the temporary directory for `sqlite`
 * (better-sqlite3), a database of its own on the server of
 * `BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING` for `postgres`.
 */
export async function openDatabase(
  engine: string,
  name: string,
): Promise<BenchDatabase> {
  if (engine === 'sqlite') {
    const file = path.join(os.tmpdir(), `pp-bench-${name}.sqlite`);
    fs.rmSync(file, { force: true });
    const knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: file },
      useNullAsDefault: true,
    });
    return {
      knex,
      size: async () => fs.statSync(file).size,
      close: async () => {
        await knex.destroy();
        fs.rmSync(file, { force: true });
      },
    };
  }
  if (!PG_URL) {
    throw new Error(
      'Set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING (or source scripts/postgres.sh and run pp_start_postgres) to benchmark PostgreSQL, or pass --engines sqlite',
    );
  }
  const admin = knexFactory({ client: 'pg', connection: PG_URL });
  const database = `pp_bench_${name}`;
  await admin.raw(`DROP DATABASE IF EXISTS ${database}`);
  await admin.raw(`CREATE DATABASE ${database}`);
  const url = new URL(PG_URL);
  url.pathname = `/${database}`;
  const knex = knexFactory({ client: 'pg', connection: url.toString() });
  return {
    knex,
    size: async () => {
      const result = await knex.raw(
        'SELECT pg_database_size(current_database()) AS size',
      );
      return Number(result.rows[0].size);
    },
    close: async () => {
      await knex.destroy();
      await admin.raw(`DROP DATABASE IF EXISTS ${database}`);
      await admin.destroy();
    },
  };
}
