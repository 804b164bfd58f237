import { CallerContext } from '../../core/http';
import {
  DeprecationExceptionService,
  DeprecationService,
} from '../deprecations';
import { EntityPlatformsService } from '../entityCard';
import { dayField, entityRefField, entityRefOf } from './actionInput';
import { ActionsRegistryService } from './actionsRegistry';
import {
  deprecationExceptionSchema,
  entityPlatformsSchema,
} from './outputSchemas';

/**
 * What a feature engineer asks about their own service: the platforms it relies on with their SLO
 * status and error budget, the deprecations under it, and an exception to one of them. Each action
 * calls the service method its REST route calls, with the caller's credentials.
 *
 * @internal
 */
export function registerEntityActions(
  registry: ActionsRegistryService,
  options: {
    caller: CallerContext;
    entityPlatforms: EntityPlatformsService;
    deprecations: DeprecationService;
    deprecationExceptions: DeprecationExceptionService;
  },
): void {
  const { caller, entityPlatforms, deprecations, deprecationExceptions } =
    options;

  registry.register({
    name: 'get-entity-platforms',
    title: 'Platforms an entity relies on',
    description: `The internal platforms (deployment, logging, observability…) a catalog entity relies on, directly or through its system, with each platform's SLO status: attainment and the share of error budget left per SLO, the platform's health (its worst SLO), its support promise and links.
Use it to answer "which platforms does my service use, and are they healthy right now?". Same answer as GET /api/platform-product/entities/{kind}/{namespace}/{name}/platforms.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: entityRefField(
            z,
            'The entity (usually a component) whose platforms to list.',
          ),
        }),
      output: entityPlatformsSchema,
    },
    action: async ({ input, credentials }) => ({
      output: await entityPlatforms.getEntityPlatforms(
        entityRefOf(input.entityRef, 'entityRef'),
        credentials,
      ),
    }),
  });

  registry.register({
    name: 'get-entity-deprecations',
    title: 'Deprecations affecting an entity',
    description: `The deprecated catalog entities a given entity still depends on: for each, its sunset date and the days left until it, the phase (scheduled, announced, sunset-passed), the replacement and migration guide, whether the entity is in violation (past the sunset without an approved exception), and the state of the entity's own exception (requested, approved, denied, expired, or none).
Use it to answer "what do I have to migrate off, and by when?". Built from GET /api/platform-product/entities/{kind}/{namespace}/{name}/deprecations, without the burn-down trend.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: entityRefField(
            z,
            'The consuming entity (usually a component).',
          ),
        }),
      output: z =>
        z.object({
          entityRef: z.string(),
          items: z.array(
            z.object({
              deprecationRef: z
                .string()
                .describe('The deprecated entity the entity depends on'),
              title: z.string(),
              ownerRefs: z.array(z.string()),
              reason: z.string(),
              phase: z.enum(['scheduled', 'announced', 'sunset-passed']),
              announced: z.string().describe('YYYY-MM-DD'),
              sunset: z.string().describe('YYYY-MM-DD'),
              daysToSunset: z
                .number()
                .describe('Days left until the sunset; negative once past'),
              replacedBy: z.string().nullable(),
              migrationGuide: z.string().nullable(),
              via: z
                .array(z.string())
                .describe('The deprecated parts the entity reaches'),
              inViolation: z
                .boolean()
                .describe(
                  'Past the sunset without an approved, unexpired exception',
                ),
              exception: z
                .object({
                  id: z.string(),
                  state: z.enum(['requested', 'approved', 'denied', 'expired']),
                  requestedEnd: z.string().describe('YYYY-MM-DD'),
                  decisionReason: z.string().nullable(),
                })
                .nullable()
                .describe("The entity's latest exception, or null"),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      const answer = await deprecations.forEntity(
        entityRefOf(input.entityRef, 'entityRef'),
        credentials,
      );
      return {
        output: {
          entityRef: answer.entityRef,
          items: answer.items.map(({ deprecation: d, consumer }) => ({
            deprecationRef: d.entityRef,
            title: d.title,
            ownerRefs: d.ownerRefs,
            reason: d.reason,
            phase: d.phase,
            announced: d.announced,
            sunset: d.sunset,
            daysToSunset: d.daysToSunset,
            replacedBy: d.replacedBy,
            migrationGuide: d.migrationGuide,
            via: consumer.via,
            inViolation: consumer.inViolation,
            exception: consumer.exception && {
              id: consumer.exception.id,
              state: consumer.exception.state,
              requestedEnd: consumer.exception.requestedEnd,
              decisionReason: consumer.exception.decisionReason,
            },
          })),
        },
      };
    },
  });

  registry.register({
    name: 'request-deprecation-exception',
    title: 'Request a deprecation exception',
    description: `Asks the owners of a deprecated entity for more time: an exception that lets one consuming entity keep using it until a given day. Only a signed-in owner of the consuming entity may ask (permission platform-product.deprecation.exception.request on it); the end day must be today or later and at most the configured number of days after the sunset; the entity must depend on the deprecated one; and it may hold only one requested or approved exception at a time. The deprecated entity's owners then approve or deny it in the portal.
Same as POST /api/platform-product/deprecations/{kind}/{namespace}/{name}/exceptions.`,
    attributes: { readOnly: false, idempotent: false, destructive: false },
    schema: {
      input: z =>
        z.object({
          deprecationRef: entityRefField(
            z,
            'The deprecated entity (see get-entity-deprecations).',
          ),
          entityRef: entityRefField(
            z,
            'The consuming entity the exception is for; the caller must own it.',
          ),
          reason: z
            .string()
            .describe(
              'Why the consumer needs more time, for the owners who decide; at most 2000 characters',
            ),
          requestedEnd: dayField(z, 'The last day the exception covers.'),
        }),
      output: deprecationExceptionSchema,
    },
    action: async ({ input, credentials }) => ({
      output: await deprecationExceptions.requestException(
        entityRefOf(input.deprecationRef, 'deprecationRef'),
        {
          consumerRef: entityRefOf(input.entityRef, 'entityRef'),
          reason: input.reason,
          requestedEnd: input.requestedEnd,
        },
        caller.requireUser(credentials),
      ),
    }),
  });
}
