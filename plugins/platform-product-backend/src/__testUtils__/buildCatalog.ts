import { Entity, parseEntityRef } from '@backstage/catalog-model';

const KINDS: Record<string, string> = {
  api: 'API',
  component: 'Component',
  group: 'Group',
  persona: 'Persona',
  resource: 'Resource',
  system: 'System',
  user: 'User',
};

const INVERSE: Record<string, string> = {
  ownedBy: 'ownerOf',
  dependsOn: 'dependencyOf',
  consumesApi: 'apiConsumedBy',
  providesApi: 'apiProvidedBy',
  partOf: 'hasPart',
  childOf: 'parentOf',
  memberOf: 'hasMember',
};

/** A relation from one entity ref to another, e.g. `['component:default/a', 'dependsOn', 'api:default/b']`. */
export type Edge = [from: string, type: string, to: string];

/**
 * A small catalog as the catalog returns it: entities by ref with their spec (and title), every
 * relation stored on both ends.
 */
export function buildCatalog(
  specs: Record<string, { title?: string; spec?: Entity['spec'] }>,
  edges: Edge[],
): Entity[] {
  const relations = new Map<string, { type: string; targetRef: string }[]>(
    Object.keys(specs).map(ref => [ref, []]),
  );
  for (const [from, type, to] of edges) {
    relations.get(from)?.push({ type, targetRef: to });
    relations.get(to)?.push({ type: INVERSE[type], targetRef: from });
  }
  return Object.entries(specs).map(([ref, { title, spec }]) => {
    const { kind, namespace, name } = parseEntityRef(ref);
    return {
      apiVersion: 'backstage.io/v1alpha1',
      kind: KINDS[kind],
      metadata: { name, namespace, ...(title ? { title } : {}) },
      spec: spec ?? {},
      relations: relations.get(ref),
    };
  });
}
