import { parseEntityRef } from '@backstage/catalog-model';
import { z } from 'zod/v3';
import { isDuration } from '../core/duration';
import { METRIC_NAME_PATTERN } from '../core/metrics';
import { isUtcDay } from '../core/utcDays';

// The building blocks of the metadata schemas (metadataSchemas.ts, sloSchema.ts). Every message is
// a predicate that follows the field path: "<path> must be …". formatMetadataProblem() adds the
// path, the value found and a hint on how to fix it. Internal: not exported from the package.

export const FRACTION = 'must be a number in [0, 1)';
const DATE = 'must be a date written YYYY-MM-DD';
export const DURATION = 'must be a duration such as 15m, 4h, 2d or 1w';
export const WINDOW_DURATION =
  'must be a duration such as 30d or 1w (calendar windows also take 1M, 1Q, 1Y)';
const NON_EMPTY_TEXT = 'must be a non-empty string';
const HTTP_URL = 'must be an http(s) URL';

export const oneOf = (values: readonly string[]) =>
  `must be one of ${values.join(', ')}`;

/** A zod error map that replaces zod's own wording with one predicate. */
export const says = (message: string): { errorMap: z.ZodErrorMap } => ({
  errorMap: () => ({ message }),
});

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(
        row[j] + 1,
        row[j - 1] + 1,
        previous + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      previous = current;
    }
  }
  return row[b.length];
}

function closest(key: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = levenshtein(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 3))
    ? best
    : undefined;
}

/**
 * An object that refuses unknown fields, naming the closest known one: a typo such as `persona:` for
 * `personas:` is an error, not a silently ignored field.
 */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape);
  return z
    .object(shape, {
      errorMap: issue => {
        if (issue.code === z.ZodIssueCode.unrecognized_keys) {
          const details = issue.keys.map(key => {
            const suggestion = closest(key, known);
            return suggestion
              ? `"${key}" (did you mean "${suggestion}"?)`
              : `"${key}"`;
          });
          return {
            message: `has unknown field${
              issue.keys.length > 1 ? 's' : ''
            } ${details.join(', ')}; known fields are ${known.join(', ')}`,
          };
        }
        return { message: 'must be an object (a YAML mapping)' };
      },
    })
    .strict();
}

export const text = () =>
  z.string(says(NON_EMPTY_TEXT)).trim().min(1, { message: NON_EMPTY_TEXT });

export const fraction = () =>
  z
    .number(says(FRACTION))
    .min(0, { message: FRACTION })
    .lt(1, { message: FRACTION });

export const nonNegative = (what = 'must be a number ≥ 0') =>
  z.number(says(what)).finite({ message: what }).min(0, { message: what });

export const duration = () =>
  z.string(says(DURATION)).refine(value => isDuration(value), {
    message: DURATION,
  });

export const httpUrl = () =>
  z.string(says(HTTP_URL)).refine(
    value => {
      try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { message: HTTP_URL },
  );

const ENTITY_REF =
  'must be an entity reference such as group:default/team-a (kind:namespace/name)';

export const entityRef = (defaultKind?: string) =>
  z.string(says(ENTITY_REF)).refine(
    value => {
      try {
        parseEntityRef(value, { defaultKind, defaultNamespace: 'default' });
        return true;
      } catch {
        return false;
      }
    },
    { message: ENTITY_REF },
  );

export const isoDate = () =>
  z.string(says(DATE)).refine(isUtcDay, { message: DATE });

const METRIC_NAME = z
  .string(says('must be a metric name such as http_requests_total'))
  .regex(METRIC_NAME_PATTERN, {
    message:
      'must be a metric name: letters, digits, _ . : - (start with a letter or _), at most 200 characters',
  });

const SOURCE_TYPE =
  'must be the type of a metric source, such as Prometheus (letters, digits and dashes)';

/**
 * An OpenSLO v1 metric source: `{ type, spec }` with an optional `metricSourceRef` naming the
 * provider's server.
 */
export const metricSource = () =>
  strictObject({
    type: z
      .string(says(SOURCE_TYPE))
      .regex(/^[A-Za-z][A-Za-z0-9-]{0,62}$/, { message: SOURCE_TYPE }),
    metricSourceRef: z
      .string(
        says('must be the id of a server the provider is configured with'),
      )
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/, {
        message:
          'must be the id of a server the provider is configured with: letters, digits, _ . -',
      })
      .optional(),
    spec: z.record(
      z.unknown(),
      says('must be an object, e.g. { query: <PromQL> }'),
    ),
  });

/**
 * A metric of an SLO: a pushed metric's name (`metric`), or an OpenSLO metric source a provider
 * pulls (`metricSource`), never both.
 */
export const metricRef = () =>
  strictObject({
    metric: METRIC_NAME.optional(),
    metricSource: metricSource().optional(),
  }).superRefine((value, ctx) => {
    if ((value.metric === undefined) === (value.metricSource === undefined)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message:
          value.metric === undefined
            ? 'must name a pushed metric (metric: http_requests_total) or a source to pull it from (metricSource: { type: Prometheus, spec: { query: … } })'
            : 'must name either a pushed metric or a metricSource, not both',
      });
    }
  });
