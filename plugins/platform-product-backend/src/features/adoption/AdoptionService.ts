import { InputError } from '@backstage/errors';
import {
  AdoptionHistoryImportResult,
  AdoptionHistoryProblem,
  parseAdoptionHistoryCsv,
  toUtcDay,
  validateAdoptionHistory,
  AdoptionReport,
  adoptionRatio,
  capacityUnlocked,
} from '@platform-product/backstage-plugin-platform-product-common';
import { SnapshotStore } from '../../core/metrics';
import { ResolvedPlatform } from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';

/**
 * The adoption of a platform: computed now from the catalog graph, by persona and by org, with its
 * daily trend from the adoption snapshots.
 *
 * @internal
 */
export class AdoptionService {
  constructor(
    private readonly options: {
      snapshots: SnapshotStore;
      graphs: PlatformGraphProvider;
      now: () => Date;
    },
  ) {}

  /** The adoption now, with the trend from `fromDay` to `toDay` (UTC, inclusive). */
  async getReport(
    platform: ResolvedPlatform,
    range: { fromDay: string; toDay: string },
  ): Promise<AdoptionReport> {
    const now = this.options.now();
    const graph = await this.options.graphs.get();
    const adoption = await this.options.graphs.adoption(platform);
    const trend = await this.options.snapshots.listAdoptionHistory({
      platformRefs: [platform.ref],
      ...range,
    });
    const withTitle = (ref: string) => {
      const title = graph.title(ref);
      return title ? { title } : {};
    };
    return {
      entityRef: platform.ref,
      teams: adoption.teams,
      services: adoption.services,
      byPersona: adoption.byPersona.map(persona => ({
        personaRef: persona.personaRef,
        ...withTitle(persona.personaRef),
        found: persona.found,
        teams: persona.teams,
      })),
      byOrg: adoption.byOrg.map(org => ({
        orgRef: org.orgRef,
        ...withTitle(org.orgRef),
        teams: org.teams,
      })),
      trend: trend.map(snapshot => ({
        day: snapshot.day,
        adoptingTeams: snapshot.adoptingTeams,
        audienceTeams: snapshot.audienceTeams,
        ratio: adoptionRatio(snapshot.adoptingTeams, snapshot.audienceTeams),
        adoptingServices: snapshot.adoptingServices,
        totalServices: snapshot.totalServices,
        source: snapshot.source,
      })),
      capacityUnlockedHoursPerMonth: capacityUnlocked({
        hoursSavedPerTeamPerMonth: platform.spec.hoursSavedPerTeamPerMonth,
        adoptingTeams: adoption.teams.adopting,
      }),
      computedAt: now.toISOString(),
    };
  }

  /**
   * Imports past adoption figures of a platform, all or nothing: a CSV text (header `day,
   * adopting_teams, audience_teams[, org]`) or the `points` of a JSON body. A bad figure refuses
   * the whole import with a 400 naming its line and field; days must be before today; a day with
   * a live snapshot keeps it.
   */
  async importHistory(
    platform: ResolvedPlatform,
    body: string | { points?: unknown },
    importedBy: string,
  ): Promise<AdoptionHistoryImportResult> {
    const now = this.options.now();
    const today = toUtcDay(now.getTime());
    const parsed =
      typeof body === 'string'
        ? parseAdoptionHistoryCsv(body, today)
        : validateAdoptionHistory(body.points, today);
    if (!parsed.ok) {
      const shown = parsed.problems.slice(0, 10).map(describeProblem);
      const more = parsed.problems.length - shown.length;
      throw new InputError(
        `Nothing was imported: ${shown.join('; ')}${
          more > 0 ? `; and ${more} more` : ''
        }`,
      );
    }
    const result = await this.options.snapshots.importAdoption({
      platformRef: platform.ref,
      rows: parsed.points.map(point => ({
        day: point.day,
        orgRef: point.orgRef ?? '',
        adoptingTeams: point.adoptingTeams,
        audienceTeams: point.audienceTeams,
      })),
      importedBy,
      importedAt: now.getTime(),
    });
    return { platformRef: platform.ref, ...result };
  }
}

function describeProblem(problem: AdoptionHistoryProblem): string {
  const where = problem.line > 0 ? `line ${problem.line}` : 'the import';
  return problem.field
    ? `${where}, ${problem.field}: ${problem.message}`
    : `${where}: ${problem.message}`;
}
