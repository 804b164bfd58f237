import { describeValue } from '../core/describeValue';
import { resolveEntityRef } from '../core/refs';
import { isUtcDay } from '../core/utcDays';
import type { AdoptionHistoryPoint } from './types';

/**
 * The most figures one import may carry.
 *
 * @public
 */
export const ADOPTION_HISTORY_MAX_POINTS = 10_000;

/**
 * A problem with one figure of an adoption history import: its line (1 = the first figure of a
 * JSON list, or the header of a CSV file), the field and what to do.
 *
 * @public
 */
export interface AdoptionHistoryProblem {
  line: number;
  field: string;
  message: string;
}

/**
 * The figures of an import, or every problem found; nothing is stored when there is one.
 *
 * @public
 */
export type AdoptionHistoryParse =
  | { ok: true; points: AdoptionHistoryPoint[] }
  | { ok: false; problems: AdoptionHistoryProblem[] };

const CSV_COLUMNS = ['day', 'adopting_teams', 'audience_teams', 'org'];

/**
 * Reads an adoption history CSV: a header naming the columns `day`, `adopting_teams`,
 * `audience_teams` and optionally `org` (in any order), then one figure per line. Blank lines are
 * skipped; cells are not quoted (none of these values needs it).
 *
 * @param text - the CSV text
 * @param today - the server's day (YYYY-MM-DD): figures must be of days before it
 * @public
 */
export function parseAdoptionHistoryCsv(
  text: string,
  today: string,
): AdoptionHistoryParse {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map(cell => cell.trim());
  const missing = CSV_COLUMNS.slice(0, 3).filter(c => !header.includes(c));
  const unknown = header.filter(c => !CSV_COLUMNS.includes(c));
  if (missing.length > 0 || unknown.length > 0) {
    return {
      ok: false,
      problems: [
        {
          line: 1,
          field: 'header',
          message: `the header must name the columns ${CSV_COLUMNS.slice(
            0,
            3,
          ).join(', ')} and optionally org — got ${describeValue(
            lines[0] ?? '',
          )}${missing.length ? `; missing ${missing.join(', ')}` : ''}${
            unknown.length ? `; unknown ${unknown.join(', ')}` : ''
          }`,
        },
      ],
    };
  }
  const records: Array<{ line: number; value: Record<string, unknown> }> = [];
  lines.slice(1).forEach((raw, index) => {
    if (raw.trim() === '') {
      return;
    }
    const cells = raw.split(',').map(cell => cell.trim());
    const value: Record<string, unknown> = {};
    header.forEach((column, i) => {
      const cell = cells[i] ?? '';
      if (column === 'org') {
        if (cell !== '') value.orgRef = cell;
      } else if (column === 'day') {
        value.day = cell;
      } else {
        value[column === 'adopting_teams' ? 'adoptingTeams' : 'audienceTeams'] =
          cell === '' || !/^-?\d+(\.\d+)?$/.test(cell) ? cell : Number(cell);
      }
    });
    if (cells.length > header.length) {
      value.__extra = cells.length - header.length;
    }
    records.push({ line: index + 2, value });
  });
  return validateRecords(records, today, {
    adoptingTeams: 'adopting_teams',
    audienceTeams: 'audience_teams',
    orgRef: 'org',
    day: 'day',
  });
}

/**
 * Checks the figures of a JSON import (`points` of the request body).
 *
 * @param points - the figures as given
 * @param today - the server's day: figures must be of days before it
 * @public
 */
export function validateAdoptionHistory(
  points: unknown,
  today: string,
): AdoptionHistoryParse {
  if (!Array.isArray(points)) {
    return {
      ok: false,
      problems: [
        {
          line: 0,
          field: 'points',
          message: `points must be a list of { day, adoptingTeams, audienceTeams, orgRef? } — got ${describeValue(
            points,
          )}`,
        },
      ],
    };
  }
  return validateRecords(
    points.map((value, index) => ({
      line: index + 1,
      value:
        typeof value === 'object' && value !== null && !Array.isArray(value)
          ? (value as Record<string, unknown>)
          : { __notObject: value },
    })),
    today,
    {
      adoptingTeams: 'adoptingTeams',
      audienceTeams: 'audienceTeams',
      orgRef: 'orgRef',
      day: 'day',
    },
  );
}

function validateRecords(
  records: ReadonlyArray<{ line: number; value: Record<string, unknown> }>,
  today: string,
  names: Record<'day' | 'adoptingTeams' | 'audienceTeams' | 'orgRef', string>,
): AdoptionHistoryParse {
  const problems: AdoptionHistoryProblem[] = [];
  const points: AdoptionHistoryPoint[] = [];
  const seen = new Map<string, number>();
  if (records.length === 0) {
    problems.push({
      line: 0,
      field: 'points',
      message: 'there are no figures to import; give at least one',
    });
  }
  if (records.length > ADOPTION_HISTORY_MAX_POINTS) {
    problems.push({
      line: 0,
      field: 'points',
      message: `an import may carry at most ${ADOPTION_HISTORY_MAX_POINTS} figures — got ${records.length}; split it into several imports`,
    });
    return { ok: false, problems };
  }
  for (const { line, value } of records) {
    const problem = (field: string, message: string) =>
      problems.push({ line, field, message });
    if ('__notObject' in value) {
      problem(
        '',
        `each figure must be an object { day, adoptingTeams, audienceTeams } — got ${describeValue(
          value.__notObject,
        )}`,
      );
      continue;
    }
    if ('__extra' in value) {
      problem('', 'the line has more cells than the header names');
      continue;
    }
    const { day, adoptingTeams, audienceTeams, orgRef } = value;
    const before = problems.length;
    if (typeof day !== 'string' || !isUtcDay(day)) {
      problem(
        names.day,
        `must be a day as YYYY-MM-DD — got ${describeValue(day)}`,
      );
    } else if (day >= today) {
      problem(
        names.day,
        `must be a day before today (${today}) — got ${day}; today's figure is computed from the catalog`,
      );
    }
    for (const [field, count] of [
      ['adoptingTeams', adoptingTeams],
      ['audienceTeams', audienceTeams],
    ] as const) {
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
        problem(
          names[field],
          `must be a whole number of zero or more — got ${describeValue(
            count,
          )}`,
        );
      }
    }
    if (
      typeof adoptingTeams === 'number' &&
      typeof audienceTeams === 'number' &&
      adoptingTeams > audienceTeams
    ) {
      problem(
        names.adoptingTeams,
        `must not be more than ${names.audienceTeams} (${audienceTeams}) — got ${adoptingTeams}`,
      );
    }
    let org: string | undefined;
    if (orgRef !== undefined) {
      try {
        if (typeof orgRef !== 'string') throw new RangeError();
        org = resolveEntityRef({
          ref: orgRef,
          defaultKind: 'group',
          defaultNamespace: 'default',
          field: names.orgRef,
        }).toLowerCase();
        if (!org.startsWith('group:')) {
          problem(
            names.orgRef,
            `must be a group ref such as group:default/commerce — got ${describeValue(
              orgRef,
            )}`,
          );
        }
      } catch {
        problem(
          names.orgRef,
          `must be a group ref such as group:default/commerce — got ${describeValue(
            orgRef,
          )}`,
        );
      }
    }
    if (problems.length > before) {
      continue;
    }
    const key = `${day} ${org ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problem(
        names.day,
        `${day}${
          org ? ` for ${org}` : ''
        } is given twice (first on line ${first}); give each day once`,
      );
      continue;
    }
    seen.set(key, line);
    points.push({
      day: day as string,
      adoptingTeams: adoptingTeams as number,
      audienceTeams: audienceTeams as number,
      ...(org ? { orgRef: org } : {}),
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, points };
}
