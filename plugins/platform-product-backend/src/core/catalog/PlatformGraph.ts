import {
  Entity,
  RELATION_API_CONSUMED_BY,
  RELATION_API_PROVIDED_BY,
  RELATION_CONSUMES_API,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_HAS_PART,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  RELATION_PART_OF,
  RELATION_PROVIDES_API,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  computeAdoption,
  findPlatformParts,
  getPlatformSpec,
  PlatformAdoption,
  PlatformSpec,
  RELATION_DESCRIBED_BY_PERSONA,
  RELATION_DESCRIBES_GROUP,
} from '@platform-product/backstage-plugin-platform-product-common';

/**
 * A platform product found in the catalog graph.
 *
 * @internal
 */
export interface GraphPlatform {
  ref: string;
  entity: Entity;
  spec: PlatformSpec;
}

/**
 * A platform that an entity relies on, and through which of its consumers (the entity itself or the
 * system it is part of) and which of the platform's parts.
 *
 * @internal
 */
export interface PlatformUse {
  platformRef: string;
  via: Array<{ consumerRef: string; partRefs: string[] }>;
}

/** The relations `findPlatformParts` reads. */
const PART_RELATIONS = new Set([
  RELATION_PART_OF,
  RELATION_HAS_PART,
  RELATION_PROVIDES_API,
  RELATION_API_PROVIDED_BY,
]);

/** The relations that make a consumer (`findConsumers`), each with its inverse. */
const USE_RELATIONS: ReadonlyArray<[string, string]> = [
  [RELATION_DEPENDS_ON, RELATION_DEPENDENCY_OF],
  [RELATION_CONSUMES_API, RELATION_API_CONSUMED_BY],
];

/** The inverse relations read from the other end: the catalog stores both, but reading both is safe. */
const INVERSE_RELATIONS = new Set([
  RELATION_DEPENDENCY_OF,
  RELATION_API_CONSUMED_BY,
  RELATION_HAS_PART,
]);

const yieldToEventLoop = () => new Promise(resolve => setImmediate(resolve));

/**
 * An index over one load of the catalog graph (groups, users, personas, components, APIs, resources
 * and systems, with their relations) that answers the adoption questions.
 *
 * - The parts of every platform (the common package's `findPlatformParts`) are found when the graph
 *   is built, and indexed as part → platforms, so that the platforms an entity relies on are a few
 *   map lookups (the service-page card asks this on every page view).
 * - The adoption of a platform (`computeAdoption`, which reads the whole graph) is computed when it
 *   is asked for; {@link PlatformGraphProvider} caches it.
 *
 * @internal
 */
export class PlatformGraph {
  private readonly byRef = new Map<string, Entity>();
  private readonly platformsByRef = new Map<string, GraphPlatform>();
  private readonly partsByPlatform = new Map<string, Set<string>>();
  private readonly platformsByPart = new Map<string, string[]>();
  /** `${type} ${target ref}` → the entities with such a relation to the target, for the inverse types */
  private readonly incoming = new Map<string, string[]>();

  private constructor(
    readonly entities: readonly Entity[],
    private readonly orgGroupTypes?: readonly string[],
  ) {}

  /**
   * Builds the index, yielding to the event loop between platforms so that requests keep being
   * answered while a large catalog is indexed.
   *
   * @param entities - the catalog entities, with relations
   * @param options.orgGroupTypes - the group types adoption is rolled up by (default `['org']`)
   */
  static async create(
    entities: readonly Entity[],
    options?: { orgGroupTypes?: readonly string[] },
  ): Promise<PlatformGraph> {
    const graph = new PlatformGraph(entities, options?.orgGroupTypes);
    const partGraph: Entity[] = [];
    for (const entity of entities) {
      const ref = stringifyEntityRef(entity);
      graph.byRef.set(ref, entity);
      const spec = getPlatformSpec(entity);
      if (spec) {
        graph.platformsByRef.set(ref, { ref, entity, spec });
      }
      const relations = entity.relations ?? [];
      const partRelations = relations.filter(r => PART_RELATIONS.has(r.type));
      if (partRelations.length > 0) {
        partGraph.push({ ...entity, relations: partRelations });
      }
      for (const relation of relations) {
        if (INVERSE_RELATIONS.has(relation.type)) {
          const key = `${relation.type} ${relation.targetRef.toLowerCase()}`;
          graph.incoming.set(key, [...(graph.incoming.get(key) ?? []), ref]);
        }
      }
    }
    for (const platform of graph.platforms()) {
      await yieldToEventLoop();
      // Only the part relations matter to findPlatformParts; leaving the rest out keeps it fast.
      const parts = findPlatformParts(platform.entity, partGraph);
      graph.partsByPlatform.set(platform.ref, parts);
      for (const part of parts) {
        graph.platformsByPart.set(part, [
          ...(graph.platformsByPart.get(part) ?? []),
          platform.ref,
        ]);
      }
    }
    return graph;
  }

  /** Every entity with a valid `spec.platform`, sorted by ref. */
  platforms(): GraphPlatform[] {
    return [...this.platformsByRef.values()].sort((a, b) =>
      a.ref < b.ref ? -1 : 1,
    );
  }

  /**
   * The display name of an entity: a group's `spec.profile.displayName`, else `metadata.title`.
   */
  title(ref: string): string | undefined {
    const entity = this.byRef.get(ref);
    const displayName = (entity?.spec?.profile as { displayName?: unknown })
      ?.displayName;
    if (typeof displayName === 'string' && displayName) {
      return displayName;
    }
    return entity?.metadata.title;
  }

  /**
   * The adoption of a platform, computed with the common package's `computeAdoption` over the whole
   * graph. It reads every entity, so {@link PlatformGraphProvider.adoption} caches it.
   */
  adoption(platform: Entity, spec: PlatformSpec): PlatformAdoption {
    return computeAdoption({
      platform,
      spec,
      entities: this.entities,
      ...(this.orgGroupTypes ? { orgGroupTypes: this.orgGroupTypes } : {}),
    });
  }

  /**
   * The platforms an entity relies on: those the entity itself consumes, and those the systems it is
   * part of consume. A consumer is what `findConsumers` says it is: an entity, not itself a part of
   * the platform, with a `dependsOn` or `consumesApi` relation to one of its parts (the platform,
   * what is part of it, the APIs those provide). Sorted by platform ref; parts sorted.
   */
  platformsUsedBy(entityRef: string): PlatformUse[] {
    const byPlatform = new Map<string, PlatformUse>();
    for (const consumerRef of [entityRef, ...this.systemsOf(entityRef)]) {
      const partsUsed = new Map<string, Set<string>>();
      for (const used of this.used(consumerRef)) {
        for (const platformRef of this.platformsByPart.get(used) ?? []) {
          if (this.partsByPlatform.get(platformRef)!.has(consumerRef)) {
            continue;
          }
          partsUsed.set(
            platformRef,
            (partsUsed.get(platformRef) ?? new Set()).add(used),
          );
        }
      }
      for (const [platformRef, parts] of partsUsed) {
        const use = byPlatform.get(platformRef) ?? { platformRef, via: [] };
        use.via.push({ consumerRef, partRefs: [...parts].sort() });
        byPlatform.set(platformRef, use);
      }
    }
    return [...byPlatform.values()].sort((a, b) =>
      a.platformRef < b.platformRef ? -1 : 1,
    );
  }

  /**
   * The personas that describe the owners of an entity: for each group it is `ownedBy`, that
   * group's `describedByPersona` relations; lower case, sorted.
   */
  ownerPersonas(entityRef: string): string[] {
    const personas = new Set<string>();
    for (const owner of this.related(
      entityRef,
      RELATION_OWNED_BY,
      RELATION_OWNER_OF,
    )) {
      for (const persona of this.related(
        owner,
        RELATION_DESCRIBED_BY_PERSONA,
        RELATION_DESCRIBES_GROUP,
      )) {
        personas.add(persona);
      }
    }
    return [...personas].sort();
  }

  /** What an entity depends on or consumes, read from both ends of the relations. */
  private used(ref: string): Set<string> {
    return new Set(
      USE_RELATIONS.flatMap(([type, inverse]) =>
        this.related(ref, type, inverse),
      ),
    );
  }

  private systemsOf(ref: string): string[] {
    return this.related(ref, RELATION_PART_OF, RELATION_HAS_PART).filter(
      target => target.startsWith('system:'),
    );
  }

  /**
   * The refs `ref` points to with a `type` relation, and the refs that point to `ref` with the
   * inverse relation.
   */
  private related(ref: string, type: string, inverse: string): string[] {
    return [
      ...new Set([
        ...(this.byRef.get(ref)?.relations ?? [])
          .filter(relation => relation.type === type)
          .map(relation => relation.targetRef.toLowerCase()),
        ...(this.incoming.get(`${inverse} ${ref}`) ?? []),
      ]),
    ];
  }
}
