import { ServiceUnavailableError } from '@backstage/errors';
import { ErrorRequestHandler } from 'express';

/**
 * Answers 503 instead of 500 when the database could not be reached in time: knex throws a
 * `KnexTimeoutError` when a query waited for a pooled connection past its acquire timeout (60 s by
 * default), which under a burst means the pool is exhausted, not that the request was wrong. Nothing
 * was written by the request that failed this way; the caller may try again.
 *
 * @internal
 */
export function databaseBusyAs503(): ErrorRequestHandler {
  return (error, _req, _res, next) => {
    if (error instanceof Error && error.name === 'KnexTimeoutError') {
      next(
        new ServiceUnavailableError(
          'The database is busy: no connection became free in time (backend.database.connection.pool). Nothing was changed; try again in a few seconds.',
          error,
        ),
      );
      return;
    }
    next(error);
  };
}
