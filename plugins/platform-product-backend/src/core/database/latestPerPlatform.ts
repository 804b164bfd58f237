import { Knex } from 'knex';
import { chunks } from './chunks';

/**
 * For each of these platforms, the row of a per-platform, per-day table (`platform_ref`, `day`)
 * with the latest day on or before `day`: the daily records that "as of a day" views read.
 *
 * @param columns - the columns to read, of the table aliased `s` (default every column)
 * @internal
 */
export async function latestRowsOnOrBefore(
  db: Knex,
  options: {
    table: string;
    platformRefs: readonly string[];
    day: string;
    columns?: readonly string[];
  },
): Promise<any[]> {
  const { table, day } = options;
  const rows: any[] = [];
  for (const refs of chunks(options.platformRefs)) {
    rows.push(
      ...(await db(`${table} as s`)
        .join(
          db(table)
            .select('platform_ref')
            .max({ day: 'day' })
            .whereIn('platform_ref', refs)
            .where('day', '<=', day)
            .groupBy('platform_ref')
            .as('l'),
          join =>
            join.on('s.platform_ref', 'l.platform_ref').andOn('s.day', 'l.day'),
        )
        .select(options.columns ? [...options.columns] : ['s.*'])),
    );
  }
  return rows;
}

/**
 * The first `day` any of these tables holds for any of these platforms, or `null`.
 *
 * @internal
 */
export async function earliestDayOf(
  db: Knex,
  options: { tables: readonly string[]; platformRefs: readonly string[] },
): Promise<string | null> {
  let earliest: string | null = null;
  for (const refs of chunks(options.platformRefs)) {
    for (const table of options.tables) {
      const row = await db(table)
        .min({ first: 'day' })
        .whereIn('platform_ref', refs)
        .first();
      if (row?.first && (earliest === null || row.first < earliest)) {
        earliest = row.first;
      }
    }
  }
  return earliest;
}
