import {
  Entity,
  RELATION_API_CONSUMED_BY,
  RELATION_API_PROVIDED_BY,
  RELATION_CHILD_OF,
  RELATION_CONSUMES_API,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_HAS_PART,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  RELATION_PARENT_OF,
  RELATION_PART_OF,
  RELATION_PROVIDES_API,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { getOrCompute } from '../core/getOrCompute';
import { measureAdoption } from '../adoption/measureAdoption';
import type { PlatformAdoption, PlatformConsumer } from '../adoption/types';
import {
  RELATION_DESCRIBED_BY_PERSONA,
  RELATION_DESCRIBES_GROUP,
} from '../core/constants';
import {
  ENTITIES_BETWEEN_YIELDS,
  yieldToEventLoop,
} from '../core/yieldToEventLoop';
import { getPlatformSpec } from './platformEntity';
import { RelationIndex } from './RelationIndex';
import type { PlatformSpec } from './types';

/**
 * How many relations the graph indexes at most between two yields, besides every
 * {@link ENTITIES_BETWEEN_YIELDS} entities: a platform's parts carry a relation per consumer
 * (tens of thousands each at 50,000 entities), and 250 such entities held the event loop 750 ms.
 */
const RELATIONS_BETWEEN_YIELDS = 20_000;

/**
 * A platform product found in the catalog graph.
 *
 * @public
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
 * @public
 */
export interface PlatformUse {
  platformRef: string;
  via: Array<{ consumerRef: string; partRefs: string[] }>;
}

/**
 * How a {@link PlatformGraph} is built.
 *
 * @public
 */
export interface PlatformGraphOptions {
  /** The group types adoption is rolled up by (`byOrg`); default `['org']`. */
  orgGroupTypes?: readonly string[];
}

/** What makes a consumer: each relation with its inverse. */
const USE_RELATIONS: ReadonlyArray<[string, string]> = [
  [RELATION_DEPENDS_ON, RELATION_DEPENDENCY_OF],
  [RELATION_CONSUMES_API, RELATION_API_CONSUMED_BY],
];

/**
 * The one index over a load of the catalog graph (groups, users, personas, components, APIs,
 * resources and systems, with their relations) that every computation of the suite walks.
 * Refs are compared in the catalog's lower-case form; an entity listed twice is indexed once (the
 * first time).
 *
 * - Relations are indexed from both ends, so an answer stays right when the catalog returned only
 *   one side of a relation.
 * - The parts of every platform (see {@link PlatformGraph.parts}) are found when the graph is built
 *   and indexed as part → platforms, so the platforms an entity relies on are a few map lookups
 *   (the service-page card asks this on every page view).
 * - The adoption of a platform reads the whole graph and is computed when it is asked for; cache it
 *   if you ask often.
 *
 * @public
 */
export class PlatformGraph {
  private readonly indexed: Entity[] = [];
  /** Every indexed entity, once each, in the order given. */
  readonly entities: readonly Entity[] = this.indexed;
  /** The group types adoption is rolled up by. */
  readonly orgGroupTypes: readonly string[];
  private readonly byRef = new Map<string, Entity>();
  /** Every indexed entity, by its lower-case ref. */
  readonly entitiesByRef: ReadonlyMap<string, Entity> = this.byRef;
  private readonly relations = new RelationIndex();
  private readonly platformsByRef = new Map<string, GraphPlatform>();
  private readonly partsByPlatform = new Map<string, ReadonlySet<string>>();
  private readonly ownersByRef = new Map<string, readonly string[]>();
  private readonly platformsByPart = new Map<string, string[]>();

  private constructor(options?: PlatformGraphOptions) {
    this.orgGroupTypes = options?.orgGroupTypes ?? ['org'];
  }

  /**
   * Builds the index, yielding to the event loop every 250 entities or 20,000 relations and
   * between platforms, so that a server keeps answering requests while a large catalog is indexed
   * (50,000 entities take seconds; no slice holds the loop much over 10 ms).
   *
   * @param entities - the catalog entities, with relations
   * @param options - with:
   *   - `orgGroupTypes`: the group types adoption is rolled up by (default `['org']`)
   */
  static async create(
    entities: readonly Entity[],
    options?: { orgGroupTypes?: readonly string[] },
  ): Promise<PlatformGraph> {
    const graph = new PlatformGraph(options);
    let count = 0;
    let relations = 0;
    for (const entity of entities) {
      graph.index(entity);
      relations += entity.relations?.length ?? 0;
      if (
        ++count % ENTITIES_BETWEEN_YIELDS === 0 ||
        relations >= RELATIONS_BETWEEN_YIELDS
      ) {
        relations = 0;
        await yieldToEventLoop();
      }
    }
    for (const platform of graph.platforms()) {
      await yieldToEventLoop();
      graph.indexParts(platform.ref);
    }
    return graph;
  }

  /**
   * Builds the index at once, for a small catalog (tests, the frontend, one computation).
   *
   * @param entities - the catalog entities, with relations
   */
  static build(
    entities: Iterable<Entity>,
    options?: PlatformGraphOptions,
  ): PlatformGraph {
    const graph = new PlatformGraph(options);
    for (const entity of entities) graph.index(entity);
    for (const platform of graph.platforms()) {
      graph.indexParts(platform.ref);
    }
    return graph;
  }

  /** The entity with this ref, if it was indexed. */
  entity(ref: string): Entity | undefined {
    return this.byRef.get(ref);
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
   * The refs that `ref` points to with a `type` relation, together with the refs that point to `ref`
   * with the inverse relation. The catalog stores both directions; reading both keeps the answer
   * right when only one side was fetched.
   */
  related(ref: string, type: string, inverseType: string): Set<string> {
    return this.relations.addRelated(new Set(), ref, type, inverseType);
  }

  /**
   * The given groups and every group below them (`parentOf` / `childOf`), visiting each group once,
   * so a cycle in the hierarchy ends the walk instead of looping.
   */
  descendants(roots: Iterable<string>): Set<string> {
    return this.closure(roots, RELATION_PARENT_OF, RELATION_CHILD_OF);
  }

  /** The given groups and every group above them (`childOf` / `parentOf`), each once. */
  ancestors(groups: Iterable<string>): Set<string> {
    return this.closure(groups, RELATION_CHILD_OF, RELATION_PARENT_OF);
  }

  /**
   * The entities that make up a platform, as refs: the platform itself; when it is a System, every
   * entity that is part of it (`partOf` / `hasPart`); and every API that any of those provides
   * (`providesApi` / `apiProvidedBy`). Found once for the platforms of the graph.
   *
   * @param platform - the platform entity or its ref
   */
  parts(platform: Entity | string): ReadonlySet<string> {
    const platformRef = refOf(platform);
    return this.partsByPlatform.get(platformRef) ?? this.findParts(platformRef);
  }

  /**
   * The consumers of a platform: every indexed entity, not itself a part of the platform (see
   * {@link PlatformGraph.parts}), that has a `dependsOn` or `consumesApi` relation to a part.
   *
   * @param platform - the platform entity or its ref
   * @returns the consumers, sorted by ref, with their owners and the parts they use, sorted
   */
  consumers(platform: Entity | string): PlatformConsumer[] {
    const parts = this.parts(platform);
    // Parts in order, each read once: every consumer's list of parts comes out sorted, unique.
    const partsUsed = new Map<string, string[]>();
    for (const part of [...parts].sort()) {
      for (const consumerRef of this.usedBy(part)) {
        if (parts.has(consumerRef) || !this.byRef.has(consumerRef)) continue;
        getOrCompute(partsUsed, consumerRef, () => []).push(part);
      }
    }
    return [...partsUsed.keys()].sort().map(entityRef => ({
      entityRef,
      ownerRefs: [...this.owners(entityRef)],
      via: partsUsed.get(entityRef)!,
    }));
  }

  /**
   * The adoption of a platform over the whole graph (see `computeAdoption`), rolled up by the
   * graph's {@link PlatformGraph.orgGroupTypes}. It reads every entity: cache it.
   */
  adoption(platform: Entity, spec: PlatformSpec): PlatformAdoption {
    return measureAdoption({
      platform,
      spec,
      graph: this,
      orgGroupTypes: this.orgGroupTypes,
    });
  }

  /**
   * The platforms an entity relies on: those the entity itself consumes, and those the systems it is
   * part of consume, a consumer being what {@link PlatformGraph.consumers} says it is. Sorted by
   * platform ref; parts sorted.
   */
  platformsUsedBy(entityRef: string): PlatformUse[] {
    const byPlatform = new Map<string, PlatformUse>();
    for (const consumerRef of [entityRef, ...this.systemsOf(entityRef)]) {
      const partsUsed = new Map<string, Set<string>>();
      for (const used of this.used(consumerRef)) {
        for (const platformRef of this.platformsByPart.get(used) ?? []) {
          if (!this.partsByPlatform.get(platformRef)!.has(consumerRef)) {
            getOrCompute(partsUsed, platformRef, () => new Set()).add(used);
          }
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
    for (const owner of this.owners(entityRef)) {
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

  /** Indexes an entity and its relations, unless an entity of the same ref came first. */
  private index(entity: Entity): void {
    const ref = stringifyEntityRef(entity);
    if (this.byRef.has(ref)) return;
    this.byRef.set(ref, entity);
    this.indexed.push(entity);
    const spec = getPlatformSpec(entity);
    if (spec) this.platformsByRef.set(ref, { ref, entity, spec });
    for (const relation of entity.relations ?? []) {
      this.relations.add(relation.type, ref, relation.targetRef.toLowerCase());
    }
  }

  private indexParts(platformRef: string): void {
    const parts = this.findParts(platformRef);
    this.partsByPlatform.set(platformRef, parts);
    for (const part of parts) {
      getOrCompute(this.platformsByPart, part, () => []).push(platformRef);
    }
  }

  private findParts(platformRef: string): Set<string> {
    const parts = new Set([platformRef]);
    if (platformRef.startsWith('system:')) {
      for (const part of this.related(
        platformRef,
        RELATION_HAS_PART,
        RELATION_PART_OF,
      )) {
        parts.add(part);
      }
    }
    for (const part of [...parts]) {
      for (const api of this.related(
        part,
        RELATION_PROVIDES_API,
        RELATION_API_PROVIDED_BY,
      )) {
        parts.add(api);
      }
    }
    return parts;
  }

  /** An entity's owners, sorted; found once per entity (every platform's consumers ask). */
  private owners(ref: string): readonly string[] {
    return getOrCompute(this.ownersByRef, ref, () =>
      [...this.related(ref, RELATION_OWNED_BY, RELATION_OWNER_OF)].sort(),
    );
  }

  /** What an entity depends on or consumes. */
  private used(ref: string): Set<string> {
    const used = new Set<string>();
    for (const [type, inverse] of USE_RELATIONS) {
      this.relations.addRelated(used, ref, type, inverse);
    }
    return used;
  }

  /** What depends on or consumes an entity. */
  private usedBy(ref: string): Set<string> {
    const users = new Set<string>();
    for (const [type, inverse] of USE_RELATIONS) {
      this.relations.addRelated(users, ref, inverse, type);
    }
    return users;
  }

  private systemsOf(ref: string): string[] {
    return [...this.related(ref, RELATION_PART_OF, RELATION_HAS_PART)].filter(
      target => target.startsWith('system:'),
    );
  }

  private closure(
    roots: Iterable<string>,
    type: string,
    inverseType: string,
  ): Set<string> {
    const seen = new Set(roots);
    // A Set iterates over the members added while it is being iterated, once each.
    for (const ref of seen) {
      for (const next of this.related(ref, type, inverseType)) {
        seen.add(next);
      }
    }
    return seen;
  }
}

function refOf(entityOrRef: Entity | string): string {
  return typeof entityOrRef === 'string'
    ? entityOrRef.toLowerCase()
    : stringifyEntityRef(entityOrRef);
}
