import { CustomErrorBase, InputError } from '@backstage/errors';
import { forbiddenCharacterProblem } from '@platform-product/backstage-plugin-platform-product-common';
import express, { Request, RequestHandler } from 'express';
import { MAX_POINTS_PER_BATCH } from '../metrics/MetricIngestService';
import { spec } from '../../schema/openapi.generated';
import { jsonInputProblem } from './jsonInputProblem';

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
 * Parses JSON (and `text/csv`) request bodies up to {@link MAX_BODY_BYTES} and, before anything else reads the
 * request, refuses with a 400 what no route may receive (see {@link jsonInputProblem}): a body
 * nested too deeply, and a control character in any text of the body, the query or a path
 * parameter. The parser's own errors become answers that say what to do.
 *
 * @internal
 */
export function jsonBodyParser(): RequestHandler {
  const json = express.json({ limit: MAX_BODY_BYTES });
  // The few routes that take a CSV file (the adoption history import) receive its text.
  const csv = express.text({ type: 'text/csv', limit: MAX_BODY_BYTES });
  const parse: RequestHandler = (req, res, next) =>
    json(req, res, error => (error ? next(error) : csv(req, res, next)));
  return (req, res, next) =>
    parse(req, res, error => {
      if (error) {
        next(explain(error, req));
        return;
      }
      const problem =
        jsonInputProblem(req.body, 'body') ??
        jsonInputProblem(req.query, 'query') ??
        pathParameterProblem(req.path);
      next(problem ? new InputError(problem) : undefined);
    });
}

function explain(error: any, req: Request): Error {
  if (error?.type === 'entity.too.large') {
    const hint =
      req.method === 'POST' && req.path === '/metrics'
        ? `send at most ${MAX_POINTS_PER_BATCH} metric points per request, and split bigger batches`
        : 'send a smaller body';
    return new PayloadTooLargeError(
      `The request body is ${megabytes(
        error.length,
      )}, over the limit of ${megabytes(MAX_BODY_BYTES)}; ${hint}`,
    );
  }
  if (error?.type === 'entity.parse.failed') {
    return new InputError(
      `The request body is not valid JSON: ${error.message}`,
    );
  }
  return error;
}

/** The contract's path templates, each as a pattern that captures its parameters. */
const PATH_TEMPLATES = Object.keys(spec.paths).map(template => {
  const names: string[] = [];
  const source = template
    .split(/(\{[^}]+\})/)
    .map(part => {
      const param = /^\{([^}]+)\}$/.exec(part);
      if (param) {
        names.push(param[1]);
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return { pattern: new RegExp(`^${source}$`), names };
});

/** A control character in a path parameter of the route the path matches. */
function pathParameterProblem(path: string): string | undefined {
  if (!path.includes('%')) {
    return undefined;
  }
  for (const { pattern, names } of PATH_TEMPLATES) {
    const match = pattern.exec(path);
    if (!match) {
      continue;
    }
    for (const [i, name] of names.entries()) {
      let value: string;
      try {
        value = decodeURIComponent(match[i + 1]);
      } catch {
        // Express answers a malformed escape itself.
        continue;
      }
      const problem = forbiddenCharacterProblem(
        `path parameter ${name}`,
        value,
      );
      if (problem) {
        return problem;
      }
    }
  }
  return undefined;
}
