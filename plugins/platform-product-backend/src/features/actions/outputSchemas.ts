import { ROADMAP_HORIZONS } from '@platform-product/backstage-plugin-platform-product-common';
import { healthField } from './actionInput';
import { Zod } from './actionsRegistry';

// The answers' shapes as agents read them: the fields of the common package's answer types, with
// what a number means where it is not obvious. The registry checks every output against them.

/** @internal */
export const kpiStatusField = (z: Zod) =>
  z.enum(['met', 'at-risk', 'missed', 'no-data']);

/** @internal */
export const deprecationDebtSchema = (z: Zod) =>
  z
    .object({
      deprecations: z.number(),
      consumers: z.number(),
      violations: z.number(),
    })
    .describe(
      'Deprecated parts of the platform, the consumers still on them, and those in violation',
    );

/** @internal */
export const investmentMixRowsSchema = (z: Zod) =>
  z
    .array(
      z.object({
        category: z.string(),
        intended: z.number().describe('Intended share, percent'),
        actual: z.number().describe('Share of the Now items, percent'),
        nowItems: z.number(),
      }),
    )
    .describe('Investment mix per category: intended vs actual');

/** `EntityPlatforms`: the platforms an entity relies on. */
export const entityPlatformsSchema = (z: Zod) =>
  z.object({
    entityRef: z.string(),
    items: z.array(
      z.object({
        platformRef: z.string(),
        title: z.string(),
        category: z.string(),
        via: z
          .array(
            z.object({
              consumerRef: z.string(),
              partRefs: z.array(z.string()),
            }),
          )
          .describe(
            'How the entity reaches the platform: the consumer (the entity or a part of its system) and the platform parts it depends on',
          ),
        health: healthField(z).describe("The worst of the platform's SLOs"),
        slos: z.array(
          z.object({
            name: z.string(),
            displayName: z.string(),
            target: z.number().describe('e.g. 0.999 for 99.9 %'),
            attainment: z
              .number()
              .nullable()
              .describe('Share of good events in the SLO window'),
            budgetRemaining: z
              .number()
              .nullable()
              .describe(
                'Share of the error budget left: 1 untouched, 0 or less spent; null without data',
              ),
            health: healthField(z),
          }),
        ),
        support: z
          .object({
            channel: z.string(),
            url: z.string().optional(),
            hours: z.enum(['business', '24x7']).optional(),
            responseTimes: z
              .record(z.string())
              .optional()
              .describe('Response time per priority, e.g. { "P1": "15m" }'),
            availabilityCommitment: z.number().optional(),
          })
          .nullable()
          .describe('Where to get help, and the promise made to consumers'),
        links: z.array(
          z.object({
            title: z.string(),
            url: z.string(),
            type: z.string().optional(),
          }),
        ),
      }),
    ),
  });

/** `Scorecard`: every KPI against its target, with its daily history. */
export const scorecardSchema = (z: Zod) =>
  z.object({
    entityRef: z.string(),
    from: z.string(),
    to: z.string(),
    kpis: z.array(
      z.object({
        kpi: z.string(),
        title: z.string(),
        unit: z
          .string()
          .describe('fraction (0–1), score, hours, minutes, per-day, …'),
        direction: z
          .enum(['at-least', 'at-most'])
          .describe(
            'at-least: higher is better, the target is a floor; at-most: the target is a ceiling',
          ),
        value: z.number().nullable().describe('null: no data, never a pass'),
        target: z.number(),
        status: kpiStatusField(z),
        history: z.array(
          z.object({
            day: z.string(),
            value: z.number().nullable(),
            status: kpiStatusField(z),
          }),
        ),
      }),
    ),
    capacityUnlockedHoursPerMonth: z
      .number()
      .nullable()
      .describe(
        'Declared hours saved per adopting team a month × adopting teams',
      ),
    deprecationDebt: deprecationDebtSchema(z).optional(),
    computedAt: z.string(),
  });

/** `SloReport`: each SLO's attainment, budget, burn rates and health. */
export const sloReportSchema = (z: Zod) =>
  z.object({
    entityRef: z.string(),
    health: healthField(z).describe('The worst SLO health'),
    items: z.array(
      z.object({
        name: z.string(),
        displayName: z.string(),
        description: z.string().optional(),
        target: z.number(),
        window: z.object({
          duration: z.string(),
          isRolling: z.boolean(),
          from: z.string(),
          to: z.string(),
        }),
        budgetingMethod: z.enum(['Occurrences', 'Timeslices']),
        attainment: z.number().nullable(),
        budget: z
          .object({
            allowedBad: z.number(),
            bad: z.number(),
            consumed: z.number(),
            remaining: z.number().describe('Share of the error budget left'),
          })
          .nullable(),
        health: healthField(z),
        alertState: z.enum(['ok', 'ticket', 'page', 'no-data']),
        burnRates: z.array(
          z.object({
            severity: z.enum(['page', 'ticket']),
            longWindow: z.string(),
            shortWindow: z.string(),
            threshold: z.number(),
            budgetSpent: z.number(),
            longBurnRate: z.number().nullable(),
            shortBurnRate: z.number().nullable(),
            firing: z.boolean(),
          }),
        ),
        allowance: z.object({
          badEventsRemaining: z.number().nullable(),
          downtimeRemainingMs: z.number().nullable(),
        }),
        lastPointAt: z.string().nullable(),
      }),
    ),
  });

/** A roadmap board's items and investment mix (without its file import status). */
export const roadmapBoardSchema = (z: Zod) => {
  const items = z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      problem: z.string().describe('The problem to solve'),
      hypothesis: z.string(),
      confidence: z.string(),
      status: z.string().describe('exploring, committed, shipped or dropped'),
      category: z.string(),
      personas: z.array(z.string()),
      horizon: z.enum(ROADMAP_HORIZONS),
      keyResult: z
        .object({
          id: z.string(),
          found: z.boolean(),
          objectiveId: z.string().optional(),
          title: z.string().optional(),
        })
        .nullable()
        .describe('The key result the item is meant to move'),
      shippedAt: z.string().nullable(),
      updatedAt: z.string(),
    }),
  );
  return z.object({
    platformRef: z.string(),
    title: z.string(),
    horizons: z.object({ now: items, next: items, later: items }),
    dropped: items,
    investmentMix: z.object({ rows: investmentMixRowsSchema(z) }),
  });
};

/** `DeprecationException`: one consumer's exception to a deprecation. */
export const deprecationExceptionSchema = (z: Zod) =>
  z.object({
    id: z.string().describe('The exception id'),
    deprecationRef: z.string(),
    consumerRef: z.string(),
    consumerOwnerRefs: z.array(z.string()),
    reason: z.string(),
    requestedEnd: z.string().describe('YYYY-MM-DD'),
    status: z.enum(['requested', 'approved', 'denied']),
    state: z
      .enum(['requested', 'approved', 'denied', 'expired'])
      .describe('The status, or expired once its end day has passed'),
    requestedBy: z.string(),
    requestedAt: z.string(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionReason: z.string().nullable(),
    consumerInCatalog: z.boolean(),
  });
