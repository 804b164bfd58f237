import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  addUtcDays,
  assessDeprecation,
  DeprecationAssessment,
  DeprecationSpec,
  DeprecationSummary,
  ENTITIES_BETWEEN_YIELDS,
  findConsumers,
  getOrCompute,
  yieldToEventLoop,
  PlatformGraph,
  getDeprecationSpec,
  PlatformConsumer,
  toUtcDay,
} from '@platform-product/backstage-plugin-platform-product-common';
import { parseDeprecationRef, titlesOf } from './deprecationViews';
import { DeprecationStore } from './DeprecationStore';

/** How many days of burn-down the list and the detail return. */
export const DEPRECATION_TREND_DAYS = 90;

/**
 * A deprecated entity found in the catalog graph, with its current consumers.
 *
 * @internal
 */
export interface CatalogDeprecation {
  ref: string;
  entity: Entity;
  spec: DeprecationSpec;
  consumers: PlatformConsumer[];
}

/**
 * A deprecation with its consumers and exceptions assessed as of today.
 *
 * @internal
 */
export interface AssessedDeprecation extends CatalogDeprecation {
  assessment: DeprecationAssessment;
}

/**
 * The deprecated entities of the catalog (`spec.deprecation`) with their consumers from the catalog
 * graph (the common package's `findConsumers`) and their stored exceptions, assessed as of today;
 * which of them a caller may see; and their stored burn-down. What the deprecation reads, the
 * exceptions and the reminders all start from.
 *
 * @internal
 */
export class DeprecationCatalog {
  constructor(
    private readonly options: {
      store: DeprecationStore;
      /** The catalog graph (entities with relations and `spec.deprecation`), read as the plugin. */
      loadGraph: () => Promise<PlatformGraph>;
      /** Reads entities with the caller's credentials, so nobody sees what the catalog hides. */
      catalog: CatalogService;
      now: () => Date;
    },
  ) {}

  private readonly byGraph = new WeakMap<
    PlatformGraph,
    Promise<{
      deprecations: CatalogDeprecation[];
      entities: ReadonlyMap<string, Entity>;
    }>
  >();

  /** Today, UTC. */
  today(): string {
    return toUtcDay(this.options.now().getTime());
  }

  /**
   * Every deprecated entity in the catalog graph with a valid `spec.deprecation`, by ref, with its
   * consumers. Found once per graph the provider hands out, not once per request.
   */
  async catalogDeprecations(): Promise<{
    deprecations: CatalogDeprecation[];
    entities: ReadonlyMap<string, Entity>;
  }> {
    const graph = await this.options.loadGraph();
    return getOrCompute(this.byGraph, graph, () =>
      indexDeprecations(graph).catch(error => {
        // Not kept: the next request indexes again.
        this.byGraph.delete(graph);
        throw error;
      }),
    );
  }

  /**
   * Every deprecation (or those `only` keeps, e.g. the ones an entity consumes), assessed as of
   * today.
   */
  async assessAll(
    only?: (deprecation: CatalogDeprecation) => boolean,
  ): Promise<{
    deprecations: AssessedDeprecation[];
    entities: ReadonlyMap<string, Entity>;
  }> {
    const found = await this.catalogDeprecations();
    const { entities } = found;
    const deprecations = only
      ? found.deprecations.filter(only)
      : found.deprecations;
    const exceptions = await this.options.store.listExceptions({
      deprecationRefs: deprecations.map(d => d.ref),
    });
    const today = this.today();
    return {
      entities,
      deprecations: deprecations.map(deprecation => ({
        ...deprecation,
        assessment: assessDeprecation({
          spec: deprecation.spec,
          consumers: deprecation.consumers,
          exceptions: exceptions.filter(
            e => e.deprecationRef === deprecation.ref,
          ),
          today,
          titles: titlesOf(deprecation.consumers, entities),
        }),
      })),
    };
  }

  /**
   * The deprecation with this ref, assessed, when the caller can see it.
   *
   * @throws InputError when the ref is malformed
   * @throws NotFoundError when the caller cannot see the entity or it is not deprecated
   */
  async find(
    deprecationRef: string,
    credentials: BackstageCredentials,
  ): Promise<{
    deprecation: AssessedDeprecation;
    entities: ReadonlyMap<string, Entity>;
  }> {
    const ref = await this.visibleRef(deprecationRef, credentials);
    const { deprecations, entities } = await this.assessAll();
    const deprecation = deprecations.find(d => d.ref === ref);
    if (!deprecation) {
      throw new NotFoundError(
        `${ref} is not deprecated: it has no valid spec.deprecation (see docs/deprecations.md)`,
      );
    }
    return { deprecation, entities };
  }

  /**
   * The ref of an entity the caller can see, parsed and lower case.
   *
   * @throws InputError when the ref is malformed
   * @throws NotFoundError when the caller cannot see the entity
   */
  async visibleRef(
    deprecationRef: string,
    credentials: BackstageCredentials,
  ): Promise<string> {
    const ref = parseDeprecationRef(deprecationRef, 'deprecation');
    const [visible] = await this.visible([ref], credentials);
    if (!visible) {
      throw notFoundError(ref);
    }
    return ref;
  }

  /** Those of these deprecations whose entity the caller can see in the catalog. */
  async visibleTo<T extends { ref: string }>(
    deprecations: readonly T[],
    credentials: BackstageCredentials,
  ): Promise<T[]> {
    const visible = await this.visible(
      deprecations.map(d => d.ref),
      credentials,
    );
    return deprecations.filter((_, i) => visible[i]);
  }

  /**
   * Those of these deprecations whose entity the caller can see, as {@link visibleTo}, read in the
   * same catalog request as the entity they are asked about.
   *
   * @throws NotFoundError when the caller cannot see that entity, or it is not in the catalog
   */
  async visibleForEntity<T extends { ref: string }>(
    entityRef: string,
    deprecations: readonly T[],
    credentials: BackstageCredentials,
  ): Promise<T[]> {
    const [entityVisible, ...visible] = await this.visible(
      [entityRef, ...deprecations.map(d => d.ref)],
      credentials,
    );
    if (!entityVisible) {
      throw notFoundError(entityRef);
    }
    return deprecations.filter((_, i) => visible[i]);
  }

  /** The burn-down of these deprecations over the last {@link DEPRECATION_TREND_DAYS} days. */
  async trends(
    refs: readonly string[],
  ): Promise<Map<string, DeprecationSummary['trend']>> {
    const trends = new Map<string, DeprecationSummary['trend']>();
    if (refs.length === 0) {
      return trends;
    }
    const snapshots = await this.options.store.listSnapshots({
      deprecationRefs: refs,
      fromDay: addUtcDays(this.today(), -DEPRECATION_TREND_DAYS),
    });
    for (const {
      deprecationRef,
      day,
      consumers,
      violations,
      activeExceptions,
    } of snapshots) {
      trends.set(deprecationRef, [
        ...(trends.get(deprecationRef) ?? []),
        { day, consumers, violations, activeExceptions },
      ]);
    }
    return trends;
  }

  /** Whether the caller can see each of these entities, in order, read in one catalog request. */
  private async visible(
    refs: readonly string[],
    credentials: BackstageCredentials,
  ): Promise<boolean[]> {
    if (refs.length === 0) {
      return [];
    }
    const { items } = await this.options.catalog.getEntitiesByRefs(
      {
        entityRefs: [...refs],
        fields: ['kind', 'metadata.name', 'metadata.namespace'],
      },
      { credentials },
    );
    return refs.map((_, i) => Boolean(items[i]));
  }
}

/** The answer of every entity route for an entity the caller cannot see. */
function notFoundError(ref: string): NotFoundError {
  return new NotFoundError(
    `${ref} was not found in the catalog; check the kind, namespace and name`,
  );
}

/**
 * The deprecated entities of a graph, sorted by ref, with their consumers from the same graph;
 * yielding to the event loop as it goes (half a second at 50,000 entities), so that the requests
 * that come in meanwhile are answered.
 */
async function indexDeprecations(graph: PlatformGraph): Promise<{
  deprecations: CatalogDeprecation[];
  entities: ReadonlyMap<string, Entity>;
}> {
  const entities = graph.entitiesByRef;
  const deprecations: CatalogDeprecation[] = [];
  let count = 0;
  for (const [ref, entity] of entities) {
    if (++count % ENTITIES_BETWEEN_YIELDS === 0) await yieldToEventLoop();
    const spec = getDeprecationSpec(entity);
    if (spec) {
      deprecations.push({
        ref,
        entity,
        spec,
        consumers: findConsumers(entity, graph),
      });
    }
  }
  deprecations.sort((a, b) => (a.ref < b.ref ? -1 : 1));
  return { deprecations, entities };
}
