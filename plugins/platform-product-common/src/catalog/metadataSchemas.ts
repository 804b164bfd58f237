import { z } from 'zod/v3';
import {
  PLATFORM_CATEGORIES,
  PLATFORM_LINK_TYPES,
  SUPPORT_PRIORITIES,
} from '../core/constants';
import { SURVEY_CADENCES } from '../surveys/types';
import {
  duration,
  entityRef,
  fraction,
  httpUrl,
  isoDate,
  nonNegative,
  oneOf,
  says,
  strictObject,
  text,
} from './schemaPrimitives';
import { kpiSourcesSchema } from './kpiSourcesSchema';
import { sloSchema } from './sloSchema';
import type { DeprecationSpec, PersonaEntity, PlatformSpec } from './types';

const SURVEY_DURATION = 'must be a whole number of days from 1 to 90';

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
  kpiSources: kpiSourcesSchema.optional(),
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
