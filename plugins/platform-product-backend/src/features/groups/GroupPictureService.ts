import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotFoundError } from '@backstage/errors';
import {
  adoptionCounts,
  GroupPlatformPicture,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  PlatformCatalog,
  platformTitle,
} from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import {
  GroupDeprecationSource,
  GroupKeyResultSource,
  OpenSurveyRoundSource,
} from '../../ports';

/**
 * A group's own picture, for its page: for an org or a team, how its teams (at or below it, walked
 * recursively) adopt each platform next to the whole company; the services it owns that sit on
 * deprecated parts; the survey rounds its members can answer; and the key results scoped to it or
 * to the orgs above it.
 *
 * @internal
 */
export class GroupPictureService {
  constructor(
    private readonly options: {
      catalog: CatalogService;
      platformCatalog: PlatformCatalog;
      graphs: PlatformGraphProvider;
      deprecations: GroupDeprecationSource;
      surveys: OpenSurveyRoundSource;
      keyResults: GroupKeyResultSource;
      now: () => Date;
    },
  ) {}

  async getPicture(
    groupRef: string,
    credentials: BackstageCredentials,
  ): Promise<GroupPlatformPicture> {
    const ref = groupRef.toLowerCase();
    const { catalog, graphs, platformCatalog } = this.options;
    const entity = ref.startsWith('group:')
      ? await catalog.getEntityByRef(ref, { credentials })
      : undefined;
    if (!entity) {
      throw new NotFoundError(
        `${groupRef} is not a group you can see in the catalog; check the namespace and name`,
      );
    }
    const graph = await graphs.get();
    const below = graph.descendants([ref]);
    const platforms = await platformCatalog.getPlatforms(
      graph.platforms().map(p => p.ref),
      credentials,
    );
    const rows: GroupPlatformPicture['platforms'] = [];
    const audienceTeams = new Set<string>();
    const adopted = new Set<string>();
    for (const platform of platforms) {
      const { teams } = await graphs.adoption(platform);
      const adopting = teams.adoptingRefs.filter(team => below.has(team));
      const non = teams.nonAdoptingRefs.filter(team => below.has(team));
      [...adopting, ...non].forEach(team => audienceTeams.add(team));
      if (adopting.length + non.length === 0) {
        continue;
      }
      if (adopting.length > 0) {
        adopted.add(platform.ref);
      }
      rows.push({
        platformRef: platform.ref,
        title: platformTitle(platform),
        category: platform.spec.category,
        group: adoptionCounts(adopting.length, adopting.length + non.length),
        company: adoptionCounts(teams.adopting, teams.audience),
      });
    }
    rows.sort((a, b) => a.title.localeCompare(b.title));
    const titles = new Map(rows.map(row => [row.platformRef, row.title]));
    const [deprecatedDependencies, rounds, keyResults] = await Promise.all([
      this.options.deprecations.consumedByOwners(below, credentials),
      this.options.surveys.openRounds(),
      this.options.keyResults.keyResultsScopedTo(
        graph.ancestors([ref]),
        credentials,
      ),
    ]);
    return {
      groupRef: ref,
      title: graph.title(ref) ?? entity.metadata.title ?? entity.metadata.name,
      teams: audienceTeams.size,
      platforms: rows,
      deprecatedDependencies,
      surveys: rounds
        .filter(round => adopted.has(round.platformRef))
        .map(round => ({
          ...round,
          platformTitle: titles.get(round.platformRef) ?? round.platformRef,
        })),
      keyResults,
      computedAt: this.options.now().toISOString(),
    };
  }
}
