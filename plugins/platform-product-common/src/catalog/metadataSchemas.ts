import { parseEntityRef } from '@backstage/catalog-model';
import { z } from 'zod/v3';
import {
  PLATFORM_CATEGORIES,
  PLATFORM_LINK_TYPES,
  SUPPORT_PRIORITIES,
} from '../core/constants';
import { isDuration } from '../core/duration';
import { SURVEY_CADENCES } from '../surveys/types';
import type { DeprecationSpec, PersonaEntity, PlatformSpec } from './types';

// Every message below is a predicate that follows the field path: "<path> must be …".
// formatMetadataProblem() adds the path, the value found and a hint on how to fix it.

const FRACTION = 'must be a number in [0, 1)';
const DATE = 'must be a date written YYYY-MM-DD';
const DURATION = 'must be a duration such as 15m, 4h, 2d or 1w';
const WINDOW_DURATION =
  'must be a duration such as 30d or 1w (calendar windows also take 1M, 1Q, 1Y)';
const NON_EMPTY_TEXT = 'must be a non-empty string';
const HTTP_URL = 'must be an http(s) URL';
const SURVEY_DURATION = 'must be a whole number of days from 1 to 90';

const oneOf = (values: readonly string[]) =>
  `must be one of ${values.join(', ')}`;

/** A zod error map that replaces zod's own wording with one predicate. */
const says = (message: string): { errorMap: z.ZodErrorMap } => ({
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
function strictObject<T extends z.ZodRawShape>(shape: T) {
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

const text = () =>
  z.string(says(NON_EMPTY_TEXT)).trim().min(1, { message: NON_EMPTY_TEXT });

const fraction = () =>
  z
    .number(says(FRACTION))
    .min(0, { message: FRACTION })
    .lt(1, { message: FRACTION });

const nonNegative = (what = 'must be a number ≥ 0') =>
  z.number(says(what)).finite({ message: what }).min(0, { message: what });

const duration = () =>
  z.string(says(DURATION)).refine(value => isDuration(value), {
    message: DURATION,
  });

const httpUrl = () =>
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

const entityRef = (defaultKind?: string) =>
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

const isoDate = () =>
  z.string(says(DATE)).refine(
    value => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        return false;
      }
      const date = new Date(`${value}T00:00:00Z`);
      return (
        !Number.isNaN(date.getTime()) &&
        date.toISOString().slice(0, 10) === value
      );
    },
    { message: DATE },
  );

const metricRef = () =>
  strictObject({
    metric: z
      .string(says('must be a metric name such as http_requests_total'))
      .regex(/^[a-zA-Z_][a-zA-Z0-9_.:-]{0,199}$/, {
        message:
          'must be a metric name: letters, digits, _ . : - (start with a letter or _), at most 200 characters',
      }),
  });

const ratioMetricSchema = strictObject({
  counter: z.boolean(says('must be true or false')).optional(),
  good: metricRef().optional(),
  bad: metricRef().optional(),
  total: metricRef(),
}).superRefine((value, ctx) => {
  if (!value.good === !value.bad) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: value.good
        ? 'must name either good or bad events, not both'
        : 'must name the good (or the bad) events as well as the total, e.g. good: { metric: requests_ok }',
    });
  }
});

const indicatorSchema = strictObject({
  ratioMetric: ratioMetricSchema.optional(),
  thresholdMetric: metricRef().optional(),
}).superRefine((value, ctx) => {
  const kinds = [value.ratioMetric, value.thresholdMetric].filter(Boolean);
  if (kinds.length !== 1) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message:
        kinds.length === 0
          ? 'must declare ratioMetric (good or bad events over total) or thresholdMetric'
          : 'must declare only one of ratioMetric and thresholdMetric',
    });
  }
});

const timeWindowSchema = strictObject({
  duration: z
    .string(says(WINDOW_DURATION))
    .refine(value => isDuration(value, { allowCalendar: true }), {
      message: WINDOW_DURATION,
    }),
  isRolling: z.boolean(says('must be true or false')).optional(),
  calendar: strictObject({
    startTime: z
      .string(says('must be an ISO 8601 time such as 2026-01-01T00:00:00Z'))
      .refine(value => !Number.isNaN(Date.parse(value)), {
        message: 'must be an ISO 8601 time such as 2026-01-01T00:00:00Z',
      }),
    timeZone: text(),
  }).optional(),
}).superRefine((value, ctx) => {
  if (value.isRolling && value.calendar) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message:
        'must be either rolling (isRolling: true) or aligned to a calendar, not both',
    });
  } else if (!value.isRolling && !value.calendar) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message:
        'must say isRolling: true, or give calendar: { startTime, timeZone }',
    });
  } else if (
    value.isRolling &&
    isDuration(value.duration, { allowCalendar: true }) &&
    !isDuration(value.duration)
  ) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['duration'],
      message:
        'must be a fixed length for a rolling window (s, m, h, d, w, e.g. 30d); M, Q and Y need a calendar window',
    });
  }
});

const OPERATORS = ['lt', 'lte', 'gt', 'gte'] as const;

const objectiveSchema = strictObject({
  displayName: text().optional(),
  target: fraction(),
  op: z.enum(OPERATORS, says(oneOf(OPERATORS))).optional(),
  value: z.number(says('must be a number')).optional(),
  timeSliceTarget: fraction().optional(),
  timeSliceWindow: duration().optional(),
});

const SLO_NAME =
  'must be a name of lowercase letters, digits and dashes, e.g. api-availability';

const sloSchema = strictObject({
  name: z
    .string(says(SLO_NAME))
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: SLO_NAME })
    .max(63, { message: SLO_NAME }),
  displayName: text().optional(),
  description: text().optional(),
  indicator: indicatorSchema,
  timeWindow: z
    .array(timeWindowSchema, says('must be a list with one time window'))
    .length(1, { message: 'must be a list with exactly one time window' }),
  budgetingMethod: z.enum(
    ['Occurrences', 'Timeslices'],
    says('must be one of Occurrences, Timeslices'),
  ),
  objectives: z
    .array(objectiveSchema, says('must be a list of objectives'))
    .min(1, { message: 'must be a list with at least one objective' }),
}).superRefine((slo, ctx) => {
  slo.objectives.forEach((objective, index) => {
    if (slo.budgetingMethod === 'Timeslices') {
      for (const field of ['timeSliceTarget', 'timeSliceWindow'] as const) {
        if (objective[field] === undefined) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['objectives', index, field],
            message: `is required when budgetingMethod is Timeslices; it ${
              field === 'timeSliceTarget' ? FRACTION : DURATION
            }`,
          });
        }
      }
    }
    if ('thresholdMetric' in slo.indicator && slo.indicator.thresholdMetric) {
      for (const field of ['op', 'value'] as const) {
        if (objective[field] === undefined) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['objectives', index, field],
            message: `is required for a thresholdMetric indicator; it ${
              field === 'op' ? oneOf(OPERATORS) : 'must be a number'
            }`,
          });
        }
      }
    }
  });
});

const supportSchema = strictObject({
  channel: text(),
  url: httpUrl().optional(),
  hours: z
    .enum(['business', '24x7'], says('must be one of business, 24x7'))
    .optional(),
  responseTimes: z
    .object(
      Object.fromEntries(
        SUPPORT_PRIORITIES.map(priority => [priority, duration().optional()]),
      ) as Record<(typeof SUPPORT_PRIORITIES)[number], z.ZodOptional<any>>,
      says(
        `must be a mapping of ${SUPPORT_PRIORITIES.join(', ')} to durations`,
      ),
    )
    .strict(`must only name the priorities ${SUPPORT_PRIORITIES.join(', ')}`)
    .optional(),
  availabilityCommitment: fraction().optional(),
});

const targetsSchema = strictObject({
  adoption: z
    .number(says('must be a number in [0, 1]'))
    .min(0, { message: 'must be a number in [0, 1]' })
    .max(1, { message: 'must be a number in [0, 1]' })
    .optional(),
  nps: z
    .number(says('must be a number in [-100, 100]'))
    .min(-100, { message: 'must be a number in [-100, 100]' })
    .max(100, { message: 'must be a number in [-100, 100]' })
    .optional(),
  availability: fraction().optional(),
  timeToFirstDeploymentHours: nonNegative().optional(),
  deploymentsPerDay: nonNegative().optional(),
  changeFailureRate: z
    .number(says('must be a number in [0, 1]'))
    .min(0, { message: 'must be a number in [0, 1]' })
    .max(1, { message: 'must be a number in [0, 1]' })
    .optional(),
  mttrMinutes: nonNegative().optional(),
  ticketsPer100UsersPerMonth: nonNegative().optional(),
  costPerServicePerMonth: nonNegative().optional(),
});

/**
 * The zod schema of `spec.platform`.
 *
 * @public
 */
export const platformSpecSchema: z.ZodType<PlatformSpec> = strictObject({
  category: z.enum(PLATFORM_CATEGORIES, says(oneOf(PLATFORM_CATEGORIES))),
  personas: z
    .array(entityRef('persona'), says('must be a list of Persona references'))
    .min(1, {
      message:
        'must be a list with at least one Persona reference, e.g. [persona:default/feature-engineer]',
    }),
  audience: strictObject({
    groupTypes: z
      .array(text(), says('must be a list of group types such as [team]'))
      .min(1, { message: 'must be a list with at least one group type' })
      .optional(),
    groups: z
      .array(entityRef('group'), says('must be a list of Group references'))
      .optional(),
  }).optional(),
  slos: z
    .array(sloSchema, says('must be a list of SLOs'))
    .superRefine((slos, ctx) => {
      const seen = new Set<string>();
      slos.forEach((slo, index) => {
        if (seen.has(slo.name)) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: [index, 'name'],
            message: 'must be unique among the platform’s SLOs',
          });
        }
        seen.add(slo.name);
      });
    })
    .optional(),
  support: supportSchema.optional(),
  targets: targetsSchema.optional(),
  hoursSavedPerTeamPerMonth: nonNegative().optional(),
  links: z
    .array(
      strictObject({
        title: text(),
        url: httpUrl(),
        type: z
          .enum(PLATFORM_LINK_TYPES, says(oneOf(PLATFORM_LINK_TYPES)))
          .optional(),
      }),
      says('must be a list of links'),
    )
    .optional(),
  surveyCadence: z
    .enum(SURVEY_CADENCES, says(oneOf(SURVEY_CADENCES)))
    .optional(),
  surveyDurationDays: z
    .number(says(SURVEY_DURATION))
    .int({ message: SURVEY_DURATION })
    .min(1, { message: SURVEY_DURATION })
    .max(90, { message: SURVEY_DURATION })
    .optional(),
}) as z.ZodType<PlatformSpec>;

/**
 * The zod schema of `spec.deprecation`.
 *
 * @public
 */
export const deprecationSpecSchema: z.ZodType<DeprecationSpec> = strictObject({
  announced: isoDate(),
  sunset: isoDate(),
  replacedBy: entityRef().optional(),
  migrationGuide: httpUrl().optional(),
  reason: text(),
}).superRefine((value, ctx) => {
  if (value.sunset <= value.announced) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['sunset'],
      message: `must be after the announcement (${value.announced})`,
    });
  }
}) as z.ZodType<DeprecationSpec>;

/**
 * The zod schema of a Persona entity's `spec`.
 *
 * @public
 */
export const personaSpecSchema: z.ZodType<PersonaEntity['spec']> = strictObject(
  {
    owner: entityRef('group').optional(),
    jobsToBeDone: z
      .array(text(), says('must be a list of jobs-to-be-done'))
      .min(1, {
        message:
          'must be a list with at least one job-to-be-done, e.g. "When I …, I want to …, so I can …"',
      }),
    groups: z
      .array(entityRef('group'), says('must be a list of Group references'))
      .optional(),
  },
) as z.ZodType<PersonaEntity['spec']>;
