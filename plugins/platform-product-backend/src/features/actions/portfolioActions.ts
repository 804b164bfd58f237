import { PORTFOLIO_SORT_KEYS } from '@platform-product/backstage-plugin-platform-product-common';
import { PortfolioService, viewOf } from '../portfolio';
import { dayField, healthField } from './actionInput';
import { ActionsRegistryService } from './actionsRegistry';
import {
  deprecationDebtSchema,
  investmentMixRowsSchema,
} from './outputSchemas';

/**
 * Leadership's question, "how are our platforms doing?": the portfolio's totals and each row's key
 * figures, from the same view the portfolio page and GET /portfolio answer, without the heat map,
 * the sparklines and the filters' facets.
 *
 * @internal
 */
export function registerPortfolioActions(
  registry: ActionsRegistryService,
  options: { portfolio: PortfolioService },
): void {
  const { portfolio } = options;

  registry.register({
    name: 'get-portfolio-summary',
    title: 'Portfolio summary of every platform',
    description: `Every platform product the caller can see, side by side as of a day (from the daily snapshots): for each, adoption (adopting teams of the audience, ratio 0–1, Rogers stage, change over 30 and 90 days), NPS with responses and margin of error, reliability (SLO health, worst SLO, alert state), support tickets per 100 users, deprecation debt, objectives' progress, capacity unlocked (hours a month) and cost per service; and the totals across them.
Filter by category, owner or org, and sort. Built from GET /api/platform-product/portfolio, without the heat map and sparklines.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          asOf: dayField(
            z,
            'The day to look at (default: today); a past day is rebuilt from the snapshots.',
          ).optional(),
          category: z
            .array(z.string())
            .optional()
            .describe('Only platforms of these categories'),
          owner: z
            .array(z.string())
            .optional()
            .describe(
              'Only platforms owned by these groups, e.g. "group:default/team-delivery-platform"',
            ),
          org: z
            .string()
            .optional()
            .describe(
              'Adoption counted within this org (a group ref) instead of the whole company',
            ),
          sort: z
            .enum(PORTFOLIO_SORT_KEYS)
            .optional()
            .describe('The figure the rows are sorted by (default: title)'),
          order: z
            .enum(['asc', 'desc'])
            .optional()
            .describe('Ascending or descending'),
        }),
      output: z =>
        z.object({
          asOf: z.string(),
          computedAt: z.string(),
          totals: z.object({
            platforms: z.number(),
            teams: z
              .object({
                adopting: z.number(),
                audience: z.number(),
                ratio: z.number().nullable(),
                stage: z.string().nullable(),
              })
              .describe('Teams adopting at least one platform'),
            capacityUnlockedHoursPerMonth: z.number().nullable(),
            investmentMix: investmentMixRowsSchema(z),
          }),
          rows: z.array(
            z.object({
              platformRef: z.string(),
              title: z.string(),
              category: z.string(),
              ownerRefs: z.array(z.string()),
              snapshotDay: z
                .string()
                .nullable()
                .describe('The day of the snapshot the figures come from'),
              adoption: z.object({
                adopting: z.number(),
                audience: z.number(),
                ratio: z.number().nullable(),
                stage: z.string().nullable(),
                change30: z.number().nullable(),
                change90: z.number().nullable(),
              }),
              services: z
                .object({ adopting: z.number(), total: z.number() })
                .nullable(),
              nps: z
                .object({
                  value: z.number().nullable(),
                  responses: z.number(),
                  marginOfError: z.number().nullable(),
                  closedOn: z.string(),
                })
                .nullable(),
              reliability: z
                .object({
                  health: healthField(z),
                  slos: z.number(),
                  worst: z
                    .object({
                      name: z.string(),
                      displayName: z.string(),
                      target: z.number(),
                      attainment: z.number().nullable(),
                      budgetRemaining: z.number().nullable(),
                    })
                    .nullable()
                    .describe('The SLO with the least error budget left'),
                  alertState: z.enum(['ok', 'ticket', 'page', 'no-data']),
                })
                .nullable(),
              supportTicketsPer100Users: z.number().nullable(),
              deprecationDebt: deprecationDebtSchema(z).nullable(),
              objectives: z
                .object({
                  objectives: z.number(),
                  keyResults: z.number(),
                  measured: z.number(),
                  meanProgress: z.number().nullable(),
                  onTrack: z.number(),
                })
                .nullable(),
              capacityUnlockedHoursPerMonth: z.number().nullable(),
              costPerService: z.number().nullable(),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      const view = await portfolio.getPortfolio(viewOf(input), credentials);
      return {
        output: {
          asOf: view.asOf,
          computedAt: view.computedAt,
          totals: view.totals,
          rows: view.rows.map(
            ({ adoption: { sparkline, ...adoption }, ...row }) => ({
              ...row,
              adoption,
            }),
          ),
        },
      };
    },
  });
}
