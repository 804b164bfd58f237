import { Knex } from 'knex';
import { ConflictError, NotFoundError } from '@backstage/errors';

/**
 * Updates the row that `where` names if it is still at `version`, and bumps its version by one; a
 * write based on a version read earlier thus never overwrites a change made meanwhile.
 *
 * @returns whether the row was updated (false: it changed or went away meanwhile)
 * @internal
 */
export async function versionedUpdate(
  db: Knex | Knex.Transaction,
  table: string,
  where: Record<string, string | number>,
  version: number,
  changes: Record<string, unknown>,
): Promise<boolean> {
  const count = await db(table)
    .where({ ...where, version })
    .update({ ...changes, version: version + 1 });
  return count === 1;
}

/**
 * Deletes the row that `where` names if it is still at `version`.
 *
 * @returns whether the row was deleted (false: it changed or went away meanwhile)
 * @internal
 */
export async function versionedDelete(
  db: Knex | Knex.Transaction,
  table: string,
  where: Record<string, string | number>,
  version: number,
): Promise<boolean> {
  const count = await db(table)
    .where({ ...where, version })
    .delete();
  return count === 1;
}

/**
 * The error for a versioned write that changed nothing: the thing is gone (404), or someone changed
 * it since the caller read it (409, naming both versions and what to do).
 *
 * @param what - what the thing is and where, e.g. `objective 'reliability' of system:default/x`
 * @param sent - the version the caller sent
 * @param current - the thing as it is now, or undefined when it is gone
 * @param changed - what changed since, when known (e.g. from a history), to add to the message
 * @internal
 */
export function conflictOrMissing(
  what: string,
  sent: number,
  current: { version: number } | undefined,
  changed?: string,
): ConflictError | NotFoundError {
  if (!current) {
    return new NotFoundError(`${what} was not found`);
  }
  return new ConflictError(
    `${what} was changed by someone else since you read it (you sent version ${sent}, it is now at version ${
      current.version
    })${changed ? `: ${changed}` : ''}; reload it and apply your change again`,
  );
}
