import {
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
    const trend = await this.options.snapshots.listAdoptionSnapshots({
      platformRef: platform.ref,
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
      })),
      capacityUnlockedHoursPerMonth: capacityUnlocked({
        hoursSavedPerTeamPerMonth: platform.spec.hoursSavedPerTeamPerMonth,
        adoptingTeams: adoption.teams.adopting,
      }),
      computedAt: now.toISOString(),
    };
  }
}
