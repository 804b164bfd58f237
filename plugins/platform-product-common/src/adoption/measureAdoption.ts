import {
  Entity,
  DEFAULT_NAMESPACE,
  RELATION_HAS_MEMBER,
  RELATION_MEMBER_OF,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { getServedPersonaRefs } from '../catalog/platformEntity';
import type { PlatformGraph } from '../catalog/PlatformGraph';
import type { PersonaEntity, PlatformSpec } from '../catalog/types';
import {
  RELATION_DESCRIBED_BY_PERSONA,
  RELATION_DESCRIBES_GROUP,
} from '../core/constants';
import { getOrCompute } from '../core/getOrCompute';
import { resolveEntityRef } from '../core/refs';
import { adoptionRatio, adoptionStage } from './adoptionStage';
import type {
  PlatformAdoption,
  PlatformConsumer,
  ServiceAdoption,
  TeamAdoption,
} from './types';

/**
 * The adoption of a platform over a prebuilt graph: the body of `computeAdoption`, which is the
 * documented, public way in. Separate so that the graph can measure adoption without importing
 * the module that builds graphs.
 *
 * @internal
 */
export function measureAdoption(options: {
  platform: Entity;
  spec: PlatformSpec;
  graph: PlatformGraph;
  orgGroupTypes: readonly string[];
}): PlatformAdoption {
  const { platform, spec, graph, orgGroupTypes } = options;
  const namespace = platform.metadata.namespace ?? DEFAULT_NAMESPACE;
  const parts = graph.parts(platform);
  const consumers = graph.consumers(platform);
  const audience = audienceTeams(spec, namespace, graph);
  const adoptingGroups = new Set(
    consumers.flatMap(c => [...ownerGroups(c.entityRef, graph)]),
  );
  const teamAdoption = (teams: Iterable<string>) =>
    adoptionAmong(
      [...teams].filter(ref => audience.has(ref)),
      adoptingGroups,
    );

  return {
    teams: teamAdoption(audience),
    services: serviceAdoption({ audience, parts, consumers, graph }),
    byPersona: getServedPersonaRefs(platform, spec).map(personaRef => {
      const persona = graph.entity(personaRef);
      return {
        personaRef,
        found: persona !== undefined,
        teams: teamAdoption(
          persona ? graph.descendants(personaGroups(persona, graph)) : [],
        ),
      };
    }),
    byOrg: graph.entities
      .filter(e => isGroupOfType(e, orgGroupTypes))
      .map(org => stringifyEntityRef(org))
      .sort()
      .map(orgRef => ({
        orgRef,
        teams: teamAdoption(graph.descendants([orgRef])),
      })),
    consumers,
  };
}

function audienceTeams(
  spec: PlatformSpec,
  namespace: string,
  graph: PlatformGraph,
): Set<string> {
  const groupTypes = spec.audience?.groupTypes ?? ['team'];
  const teams = graph.entities
    .filter(e => isGroupOfType(e, groupTypes))
    .map(e => stringifyEntityRef(e));
  const scope = spec.audience?.groups;
  if (scope === undefined) {
    return new Set(teams);
  }
  const scoped = graph.descendants(
    scope.map((ref, i) =>
      resolveEntityRef({
        ref,
        defaultKind: 'group',
        defaultNamespace: namespace,
        field: `spec.platform.audience.groups[${i}]`,
      }),
    ),
  );
  return new Set(teams.filter(ref => scoped.has(ref)));
}

function personaGroups(persona: Entity, graph: PlatformGraph): string[] {
  const personaRef = stringifyEntityRef(persona);
  const namespace = persona.metadata.namespace ?? DEFAULT_NAMESPACE;
  const declared = (persona as PersonaEntity).spec?.groups ?? [];
  return uniqueRefs([
    ...graph.related(
      personaRef,
      RELATION_DESCRIBES_GROUP,
      RELATION_DESCRIBED_BY_PERSONA,
    ),
    ...declared.map((ref, i) =>
      resolveEntityRef({
        ref,
        defaultKind: 'group',
        defaultNamespace: namespace,
        field: `${personaRef} spec.groups[${i}]`,
      }),
    ),
  ]);
}

/** Per graph (a graph never changes once built): each entity's owner groups, as computed once. */
const ownerGroupsByGraph = new WeakMap<
  PlatformGraph,
  Map<string, ReadonlySet<string>>
>();

/**
 * The groups an entity's ownership counts for: its owning groups, and the groups of owning users.
 * Computed once per graph and entity: every platform's adoption asks for the owners of every
 * consumer and every service, tens of thousands of them on a large catalog.
 *
 * @internal
 */
export function ownerGroups(
  entityRef: string,
  graph: PlatformGraph,
): ReadonlySet<string> {
  const byRef = getOrCompute(ownerGroupsByGraph, graph, () => new Map());
  return getOrCompute(byRef, entityRef, () =>
    findOwnerGroups(entityRef, graph),
  );
}

function findOwnerGroups(entityRef: string, graph: PlatformGraph): Set<string> {
  const groups = new Set<string>();
  for (const owner of graph.related(
    entityRef,
    RELATION_OWNED_BY,
    RELATION_OWNER_OF,
  )) {
    if (owner.startsWith('user:')) {
      for (const group of graph.related(
        owner,
        RELATION_MEMBER_OF,
        RELATION_HAS_MEMBER,
      )) {
        groups.add(group);
      }
    } else {
      groups.add(owner);
    }
  }
  return groups;
}

/** Per graph: the refs of its Components, the services adoption counts among. */
const componentRefsByGraph = new WeakMap<PlatformGraph, readonly string[]>();

function componentRefs(graph: PlatformGraph): readonly string[] {
  return getOrCompute(componentRefsByGraph, graph, () =>
    graph.entities
      .filter(e => e.kind.toLowerCase() === 'component')
      .map(e => stringifyEntityRef(e)),
  );
}

function serviceAdoption(options: {
  audience: ReadonlySet<string>;
  parts: ReadonlySet<string>;
  consumers: readonly PlatformConsumer[];
  graph: PlatformGraph;
}): ServiceAdoption {
  const { audience, parts, graph } = options;
  const consumerRefs = new Set(options.consumers.map(c => c.entityRef));
  const services = componentRefs(graph).filter(
    ref =>
      !parts.has(ref) &&
      [...ownerGroups(ref, graph)].some(group => audience.has(group)),
  );
  const adopting = services.filter(ref => consumerRefs.has(ref)).length;
  return {
    adopting,
    total: services.length,
    ratio: adoptionRatio(adopting, services.length),
  };
}

function adoptionAmong(
  teams: readonly string[],
  adoptingGroups: ReadonlySet<string>,
): TeamAdoption {
  const adoptingRefs = sorted(teams.filter(ref => adoptingGroups.has(ref)));
  const nonAdoptingRefs = sorted(teams.filter(ref => !adoptingGroups.has(ref)));
  const audience = adoptingRefs.length + nonAdoptingRefs.length;
  const ratio = adoptionRatio(adoptingRefs.length, audience);
  return {
    adopting: adoptingRefs.length,
    audience,
    ratio,
    stage: ratio === null ? null : adoptionStage(ratio),
    adoptingRefs,
    nonAdoptingRefs,
  };
}

function isGroupOfType(entity: Entity, types: readonly string[]): boolean {
  const type = entity.spec?.type;
  return (
    entity.kind.toLowerCase() === 'group' &&
    typeof type === 'string' &&
    types.includes(type)
  );
}

function uniqueRefs(refs: Iterable<string>): string[] {
  return [...new Set(refs)];
}

function sorted(refs: Iterable<string>): string[] {
  return [...refs].sort();
}
