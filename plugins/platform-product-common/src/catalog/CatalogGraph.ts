import {
  Entity,
  RELATION_CHILD_OF,
  RELATION_PARENT_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/**
 * A read-only index over catalog entities and their relations, for walking the graph by entity ref.
 * Refs are compared in the catalog's lower-case form.
 *
 * @internal
 */
export class CatalogGraph {
  private constructor(
    private readonly byRef: ReadonlyMap<string, Entity>,
    private readonly outgoing: ReadonlyMap<string, Set<string>>,
    private readonly incoming: ReadonlyMap<string, Set<string>>,
  ) {}

  /**
   * Indexes entities as the catalog returns them, with `relations` filled in. An entity listed twice
   * is indexed once.
   */
  static create(entities: Iterable<Entity>): CatalogGraph {
    const byRef = new Map<string, Entity>();
    const outgoing = new Map<string, Set<string>>();
    const incoming = new Map<string, Set<string>>();
    const add = (index: Map<string, Set<string>>, key: string, ref: string) => {
      const refs = index.get(key) ?? new Set<string>();
      refs.add(ref);
      index.set(key, refs);
    };
    for (const entity of entities) {
      const ref = stringifyEntityRef(entity);
      if (byRef.has(ref)) {
        continue;
      }
      byRef.set(ref, entity);
      for (const relation of entity.relations ?? []) {
        const target = relation.targetRef.toLowerCase();
        add(outgoing, edgeKey(relation.type, ref), target);
        add(incoming, edgeKey(relation.type, target), ref);
      }
    }
    return new CatalogGraph(byRef, outgoing, incoming);
  }

  /** The entity with this ref, if it was indexed. */
  entity(ref: string): Entity | undefined {
    return this.byRef.get(ref);
  }

  /** Every indexed entity. */
  entities(): Entity[] {
    return [...this.byRef.values()];
  }

  /**
   * The refs that `ref` points to with a `type` relation, together with the refs that point to `ref`
   * with the inverse relation. The catalog stores both directions; reading both keeps the answer
   * right when only one side was fetched.
   */
  related(ref: string, type: string, inverseType: string): Set<string> {
    return new Set([
      ...(this.outgoing.get(edgeKey(type, ref)) ?? []),
      ...(this.incoming.get(edgeKey(inverseType, ref)) ?? []),
    ]);
  }

  /**
   * The given groups and every group below them (`parentOf` / `childOf`), visiting each group once,
   * so a cycle in the hierarchy ends the walk instead of looping.
   */
  descendants(roots: Iterable<string>): Set<string> {
    const seen = new Set(roots);
    // A Set iterates over the members added while it is being iterated, once each.
    for (const ref of seen) {
      for (const child of this.related(
        ref,
        RELATION_PARENT_OF,
        RELATION_CHILD_OF,
      )) {
        seen.add(child);
      }
    }
    return seen;
  }
}

function edgeKey(type: string, ref: string): string {
  return `${type} ${ref}`;
}
