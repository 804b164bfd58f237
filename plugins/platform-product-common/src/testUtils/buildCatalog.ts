import { Entity, parseEntityRef } from '@backstage/catalog-model';

const KINDS: Record<string, string> = {
  api: 'API',
  component: 'Component',
  domain: 'Domain',
  group: 'Group',
  persona: 'Persona',
  resource: 'Resource',
  system: 'System',
  user: 'User',
};

/** Each relation with its inverse; the catalog stores a relation on both of its ends. */
const RELATION_PAIRS: ReadonlyArray<[string, string]> = [
  ['ownedBy', 'ownerOf'],
  ['dependsOn', 'dependencyOf'],
  ['consumesApi', 'apiConsumedBy'],
  ['providesApi', 'apiProvidedBy'],
  ['partOf', 'hasPart'],
  ['childOf', 'parentOf'],
  ['memberOf', 'hasMember'],
  ['describesGroup', 'describedByPersona'],
  ['servesPersona', 'servedByPlatform'],
  ['replacedBy', 'replaces'],
];

const INVERSE = new Map(
  RELATION_PAIRS.flatMap(([type, inverse]) => [
    [type, inverse],
    [inverse, type],
  ]),
);

/**
 * A relation from one entity ref to another, e.g.
 * `['component:default/a', 'dependsOn', 'api:default/b']`.
 *
 * @public
 */
export type Edge = [from: string, type: string, to: string];

/**
 * A small catalog as the catalog returns it: entities by ref (`kind:namespace/name`) with their spec
 * (and title), every relation stored on both ends unless `oneSided` is set (then only on the
 * entity it starts from, to test code that must read a relation from either end).
 *
 * @param specs - the entities, by ref
 * @param edges - the relations between them
 * @param options - with:
 *   - `oneSided`: store each relation on its first end only
 * @throws Error when a ref's kind or a relation type is not one the helper knows
 * @public
 */
export function buildCatalog(
  specs: Record<string, { title?: string; spec?: Entity['spec'] }>,
  edges: Edge[],
  options?: { oneSided?: boolean },
): Entity[] {
  const relations = new Map<string, { type: string; targetRef: string }[]>(
    Object.keys(specs).map(ref => [ref, []]),
  );
  for (const [from, type, to] of edges) {
    const inverse = INVERSE.get(type);
    if (!inverse) {
      throw new Error(
        `buildCatalog does not know the relation ${type}; use one of ${[
          ...INVERSE.keys(),
        ].join(', ')}`,
      );
    }
    relations.get(from)?.push({ type, targetRef: to });
    if (!options?.oneSided) {
      relations.get(to)?.push({ type: inverse, targetRef: from });
    }
  }
  return Object.entries(specs).map(([ref, { title, spec }]) => {
    const { kind, namespace, name } = parseEntityRef(ref);
    if (!KINDS[kind]) {
      throw new Error(
        `buildCatalog does not know the kind of ${ref}; use one of ${Object.keys(
          KINDS,
        ).join(', ')}`,
      );
    }
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: KINDS[kind],
      metadata: { name, namespace, ...(title ? { title } : {}) },
      spec: spec ?? {},
      relations: relations.get(ref),
    };
  });
}
