import { Knex } from 'knex';

const tablesByDatabase = new WeakMap<Knex, Promise<string[]>>();

/** The tables of the database (SQLite or PostgreSQL), read once per connection. */
export function tablesOf(knex: Knex): Promise<string[]> {
  let tables = tablesByDatabase.get(knex);
  if (!tables) {
    tables = (async () => {
      if (knex.client.config.client === 'pg') {
        const result = await knex.raw(
          `select tablename as name from pg_tables where schemaname = current_schema() order by tablename`,
        );
        return result.rows.map((row: { name: string }) => row.name);
      }
      const rows: Array<{ name: string }> = await knex.raw(
        `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`,
      );
      return rows.map(row => row.name);
    })();
    tablesByDatabase.set(knex, tables);
  }
  return tables;
}

/**
 * The number of rows of every table, in one query: compare two of these to show that a request
 * wrote nothing.
 */
export async function countRows(knex: Knex): Promise<Record<string, number>> {
  const tables = await tablesOf(knex);
  if (tables.length === 0) return {};
  const result = await knex.raw(
    tables
      .map(() => 'select ? as name, count(*) as n from ??')
      .join(' union all '),
    tables.flatMap(table => [table, table]),
  );
  const rows: Array<{ name: string; n: number | string }> =
    result.rows ?? result;
  return Object.fromEntries(rows.map(row => [row.name, Number(row.n)]));
}
