import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  PlatformAdoption,
  PlatformGraph,
} from '@platform-product/backstage-plugin-platform-product-common';
import { ResolvedPlatform } from './PlatformCatalog';
import { TtlCache } from './TtlCache';

/** The kinds adoption is computed from. */
const GRAPH_KINDS = [
  'Group',
  'User',
  'Persona',
  'Component',
  'API',
  'Resource',
  'System',
];

/** Only what adoption, deprecations and the platform lookup read, to keep the load small at 10,000 entities. */
const GRAPH_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec.type',
  'spec.profile.displayName',
  'spec.groups',
  'spec.platform',
  'spec.deprecation',
  'relations',
];

const CACHE_KEY = 'catalog';

/**
 * How many entities one catalog request reads: the graph is read in pages through the catalog's
 * cursor-based query API, so a catalog of 50,000 entities is never one giant response.
 */
export const GRAPH_PAGE_SIZE = 1000;

/**
 * Loads the catalog graph that adoption is computed from, with the plugin's own service credentials,
 * and keeps it in memory for a short time.
 *
 * The graph is read as a service because adoption is an aggregate over the whole organisation; it is
 * never returned as such. Entities a caller asks about, and the platforms shown to them, are read with
 * the caller's own credentials by {@link PlatformCatalog}.
 *
 * Concurrent callers share one load. Once a graph is loaded, an expired one is still answered at once
 * while a fresh one loads in the background, so a service page never waits for a catalog scan. The
 * adoption of each platform is cached the same way, for longer.
 *
 * @internal
 */
export class PlatformGraphProvider {
  private readonly cache: TtlCache<PlatformGraph>;
  private readonly adoptions: TtlCache<{
    spec: string;
    adoption: PlatformAdoption;
  }>;

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      logger: LoggerService;
      /** How long a loaded graph is fresh. */
      ttlMs: number;
      /** How long a computed adoption is fresh. */
      adoptionTtlMs: number;
      /** The group types adoption is rolled up by. */
      orgGroupTypes?: readonly string[];
    },
  ) {
    this.cache = new TtlCache({
      ttlMs: options.ttlMs,
      staleWhileRevalidate: true,
      onBackgroundError: error =>
        options.logger.warn(
          `Could not reload the catalog graph; keeping the previous one: ${error}`,
        ),
    });
    this.adoptions = new TtlCache({
      ttlMs: options.adoptionTtlMs,
      staleWhileRevalidate: true,
      onBackgroundError: error =>
        options.logger.warn(`Could not recompute adoption: ${error}`),
    });
  }

  /** The graph, loading it when there is none yet. */
  async get(): Promise<PlatformGraph> {
    return this.cache.get(CACHE_KEY, () => this.load());
  }

  /** A graph loaded now, e.g. when a platform owner asks for a recomputation. */
  async refresh(): Promise<PlatformGraph> {
    return this.cache.refresh(CACHE_KEY, () => this.load());
  }

  /**
   * The adoption of a platform. Computing it reads the whole graph (a few hundred milliseconds at
   * 10,000 entities), so it is cached longer than the graph, recomputed in the background once
   * expired, and recomputed at once when the platform's `spec.platform` changed or `fresh` is set.
   */
  async adoption(
    platform: ResolvedPlatform,
    options?: { fresh?: boolean },
  ): Promise<PlatformAdoption> {
    const spec = JSON.stringify(platform.spec);
    const load = async () => ({
      spec,
      adoption: (await this.get()).adoption(platform.entity, platform.spec),
    });
    if (options?.fresh) {
      return (await this.adoptions.refresh(platform.ref, load)).adoption;
    }
    const cached = await this.adoptions.get(platform.ref, load);
    return cached.spec === spec
      ? cached.adoption
      : (await this.adoptions.refresh(platform.ref, load)).adoption;
  }

  private async load(): Promise<PlatformGraph> {
    const credentials = await this.options.auth.getOwnServiceCredentials();
    const { catalog } = this.options;
    const items: Entity[] = [];
    let page = await catalog.queryEntities(
      {
        filter: { kind: GRAPH_KINDS },
        fields: GRAPH_FIELDS,
        limit: GRAPH_PAGE_SIZE,
      },
      { credentials },
    );
    items.push(...page.items);
    while (page.pageInfo.nextCursor) {
      page = await catalog.queryEntities(
        {
          cursor: page.pageInfo.nextCursor,
          fields: GRAPH_FIELDS,
          limit: GRAPH_PAGE_SIZE,
        },
        { credentials },
      );
      items.push(...page.items);
    }
    return await PlatformGraph.create(items, {
      orgGroupTypes: this.options.orgGroupTypes,
    });
  }
}
