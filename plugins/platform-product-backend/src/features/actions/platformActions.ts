import { CallerContext } from '../../core/http';
import { RoadmapReadService } from '../roadmap';
import { ScorecardService } from '../scorecards';
import { SloStatusService } from '../slos';
import { dayField, entityRefField, entityRefOf } from './actionInput';
import { ActionsRegistryService, Zod } from './actionsRegistry';
import {
  roadmapBoardSchema,
  scorecardSchema,
  sloReportSchema,
} from './outputSchemas';

const platformRefField = (z: Zod) =>
  entityRefField(
    z,
    'The platform product: a catalog entity with a spec.platform block, usually a System.',
  );

/**
 * What anyone who can see a platform reads of it: its scorecard, its SLO status and its roadmap.
 * Each action reads the platform as the caller sees it in the catalog, exactly as the REST route
 * does, and calls the service method the route calls.
 *
 * @internal
 */
export function registerPlatformActions(
  registry: ActionsRegistryService,
  options: {
    caller: CallerContext;
    scorecards: ScorecardService;
    sloStatus: SloStatusService;
    roadmap: RoadmapReadService;
  },
): void {
  const { caller, scorecards, sloStatus, roadmap } = options;
  const platformOf = (
    ref: string,
    credentials: Parameters<CallerContext['platformFor']>[1],
  ) => caller.platformFor(entityRefOf(ref, 'platformRef'), credentials);

  registry.register({
    name: 'get-platform-scorecard',
    title: "A platform's scorecard",
    description: `The balanced scorecard of a platform product: every KPI (adoption, NPS, availability, time to first deployment, deployment frequency, change failure rate, MTTR, support tickets, cost) with its current value, its target, its status (met, at-risk, missed, no-data — a KPI without data is never a pass) and its daily history over a day range (default: the last 30 days), plus the capacity unlocked and the deprecation debt.
Fractions are 0–1 (0.72 = 72 %). Same answer as GET /api/platform-product/platforms/{kind}/{namespace}/{name}/scorecard.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          platformRef: platformRefField(z),
          from: dayField(
            z,
            'First day of the history (default: 30 days before to).',
          ).optional(),
          to: dayField(
            z,
            'Last day of the history (default: today).',
          ).optional(),
        }),
      output: scorecardSchema,
    },
    action: async ({ input, credentials }) => {
      const platform = await platformOf(input.platformRef, credentials);
      return {
        output: await scorecards.getScorecard(
          platform,
          caller.dayRange({ from: input.from, to: input.to }),
        ),
      };
    },
  });

  registry.register({
    name: 'get-platform-slos',
    title: "A platform's SLO status",
    description: `The live status of each SLO of a platform product: attainment over its window, the error budget (allowed and spent bad events, share remaining), multi-window burn rates and their alert state (ok, ticket, page), its health, and what is left (bad events, or downtime in ms for time-slice SLOs). The platform's health is its worst SLO's.
Same answer as GET /api/platform-product/platforms/{kind}/{namespace}/{name}/slos.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => z.object({ platformRef: platformRefField(z) }),
      output: sloReportSchema,
    },
    action: async ({ input, credentials }) => ({
      output: await sloStatus.getReport(
        await platformOf(input.platformRef, credentials),
      ),
    }),
  });

  registry.register({
    name: 'get-platform-roadmap',
    title: "A platform's roadmap",
    description: `The Now / Next / Later roadmap of a platform product: each item is a problem to solve (title, problem, hypothesis, confidence, status, category, personas affected, a linked key result if any), plus the dropped items and the investment mix (intended vs actual share per category).
Same answer as GET /api/platform-product/platforms/{kind}/{namespace}/{name}/roadmap.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => z.object({ platformRef: platformRefField(z) }),
      output: roadmapBoardSchema,
    },
    action: async ({ input, credentials }) => ({
      output: await roadmap.getBoard(
        await platformOf(input.platformRef, credentials),
      ),
    }),
  });
}
