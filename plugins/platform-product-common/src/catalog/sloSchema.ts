import { z } from 'zod/v3';
import { isDuration } from '../core/duration';
import {
  DURATION,
  duration,
  FRACTION,
  fraction,
  metricRef,
  oneOf,
  says,
  strictObject,
  text,
  WINDOW_DURATION,
} from './schemaPrimitives';

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

/**
 * The zod schema of one SLO in `spec.platform.slos`, field-compatible with OpenSLO v1.
 *
 * @internal
 */
export const sloSchema = strictObject({
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
