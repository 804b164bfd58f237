import { CustomErrorBase, InputError } from '@backstage/errors';
import express, { RequestHandler } from 'express';
import { MAX_POINTS_PER_BATCH } from '../metrics/MetricIngestService';

/**
 * The largest request body accepted, in bytes: room for a full batch of metric points with labels.
 *
 * @internal
 */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/**
 * A request body over {@link MAX_BODY_BYTES}; answered with 413.
 *
 * @internal
 */
export class PayloadTooLargeError extends CustomErrorBase {
  name = 'PayloadTooLargeError' as const;
  statusCode = 413;
}

const megabytes = (bytes: number) =>
  `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;

/**
 * Parses JSON request bodies up to {@link MAX_BODY_BYTES}, and turns the parser's own errors into
 * answers that say what to do.
 *
 * @internal
 */
export function jsonBodyParser(): RequestHandler {
  const parse = express.json({ limit: MAX_BODY_BYTES });
  return (req, res, next) =>
    parse(req, res, error => next(error ? explain(error) : undefined));
}

function explain(error: any): Error {
  if (error?.type === 'entity.too.large') {
    return new PayloadTooLargeError(
      `The request body is ${megabytes(
        error.length,
      )}, over the limit of ${megabytes(
        MAX_BODY_BYTES,
      )}; send at most ${MAX_POINTS_PER_BATCH} metric points per request, and split bigger batches`,
    );
  }
  if (error?.type === 'entity.parse.failed') {
    return new InputError(
      `The request body is not valid JSON: ${error.message}`,
    );
  }
  return error;
}
