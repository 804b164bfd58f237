import {
  Entity,
  DEFAULT_NAMESPACE,
  RELATION_API_CONSUMED_BY,
  RELATION_API_PROVIDED_BY,
  RELATION_CONSUMES_API,
  RELATION_DEPENDENCY_OF,
  RELATION_DEPENDS_ON,
  RELATION_HAS_MEMBER,
  RELATION_HAS_PART,
  RELATION_MEMBER_OF,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  RELATION_PART_OF,
  RELATION_PROVIDES_API,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  RELATION_DESCRIBED_BY_PERSONA,
  RELATION_DESCRIBES_GROUP,
} from '../core/constants';
import type { PersonaEntity, PlatformSpec } from '../catalog/types';
import { assertFraction } from '../core/assertions';
import { CatalogGraph } from '../catalog/CatalogGraph';
import {
  getServedPersonaRefs,
  resolveEntityRef,
} from '../catalog/platformEntity';

/**
 * A stage of Rogers' diffusion-of-innovations curve.
 *
 * @public
 */
export type AdoptionStage =
  | 'innovators'
  | 'early-adopters'
  | 'early-majority'
  | 'late-majority'
  | 'laggards';

/**
 * The adoption ratio below which each stage lies (Rogers: 2.5 %, 16 %, 50 %, 84 %); from 0.84 up
 * the stage is `laggards`.
 *
 * @public
 */
export const ADOPTION_STAGE_THRESHOLDS: ReadonlyArray<{
  readonly stage: Exclude<AdoptionStage, 'laggards'>;
  readonly below: number;
}> = [
  { stage: 'innovators', below: 0.025 },
  { stage: 'early-adopters', below: 0.16 },
  { stage: 'early-majority', below: 0.5 },
  { stage: 'late-majority', below: 0.84 },
];

/**
 * The stage an adoption ratio has reached: below 0.025 innovators, below 0.16 early adopters,
 * below 0.5 early majority, below 0.84 late majority, then laggards.
 *
 * @param ratio - adopting / audience, a fraction in [0, 1]
 * @public
 */
export function adoptionStage(ratio: number): AdoptionStage {
  assertFraction(ratio, 'ratio');
  return (
    ADOPTION_STAGE_THRESHOLDS.find(t => ratio < t.below)?.stage ?? 'laggards'
  );
}

/**
 * The entities that make up a platform, as refs: the platform itself; when it is a System, every
 * entity that is part of it (`partOf` / `hasPart`); and every API that any of those provides
 * (`providesApi` / `apiProvidedBy`).
 *
 * @param platform - the platform entity
 * @param entities - the catalog, with relations
 * @public
 */
export function findPlatformParts(
  platform: Entity,
  entities: readonly Entity[],
): Set<string> {
  return platformParts(platform, CatalogGraph.create([platform, ...entities]));
}

function platformParts(platform: Entity, graph: CatalogGraph): Set<string> {
  const platformRef = stringifyEntityRef(platform);
  const parts = new Set([platformRef]);
  if (platform.kind.toLowerCase() === 'system') {
    for (const part of graph.related(
      platformRef,
      RELATION_HAS_PART,
      RELATION_PART_OF,
    )) {
      parts.add(part);
    }
  }
  for (const part of [...parts]) {
    for (const api of graph.related(
      part,
      RELATION_PROVIDES_API,
      RELATION_API_PROVIDED_BY,
    )) {
      parts.add(api);
    }
  }
  return parts;
}

/**
 * An entity that uses a platform.
 *
 * @public
 */
export interface PlatformConsumer {
  entityRef: string;
  /** The consumer's owners (`ownedBy`), sorted. */
  ownerRefs: string[];
  /** The platform parts it depends on or consumes, sorted. */
  via: string[];
}

/**
 * The consumers of a platform: every entity, not itself a part of the platform (see
 * {@link findPlatformParts}), that has a `dependsOn` or `consumesApi` relation to a part.
 *
 * @param platform - the platform entity
 * @param entities - the catalog, with relations
 * @returns the consumers, sorted by ref
 * @public
 */
export function findConsumers(
  platform: Entity,
  entities: readonly Entity[],
): PlatformConsumer[] {
  const graph = CatalogGraph.create([platform, ...entities]);
  return consumersOf(platformParts(platform, graph), graph);
}

function consumersOf(
  parts: ReadonlySet<string>,
  graph: CatalogGraph,
): PlatformConsumer[] {
  const consumers: PlatformConsumer[] = [];
  for (const entity of graph.entities()) {
    const entityRef = stringifyEntityRef(entity);
    if (parts.has(entityRef)) {
      continue;
    }
    const used = new Set([
      ...graph.related(entityRef, RELATION_DEPENDS_ON, RELATION_DEPENDENCY_OF),
      ...graph.related(
        entityRef,
        RELATION_CONSUMES_API,
        RELATION_API_CONSUMED_BY,
      ),
    ]);
    const via = [...used].filter(ref => parts.has(ref));
    if (via.length > 0) {
      consumers.push({
        entityRef,
        ownerRefs: sorted(
          graph.related(entityRef, RELATION_OWNED_BY, RELATION_OWNER_OF),
        ),
        via: sorted(via),
      });
    }
  }
  return consumers.sort((a, b) => (a.entityRef < b.entityRef ? -1 : 1));
}

/**
 * How many teams of a set adopt a platform.
 *
 * @public
 */
export interface TeamAdoption {
  /** Teams that own at least one consumer. */
  adopting: number;
  /** Teams whose adoption counts. */
  audience: number;
  /** adopting / audience, or `null` when the audience is empty. */
  ratio: number | null;
  /** The stage of {@link TeamAdoption.ratio}, or `null` when the ratio is. */
  stage: AdoptionStage | null;
  /** Sorted. */
  adoptingRefs: string[];
  /** Sorted. */
  nonAdoptingRefs: string[];
}

/**
 * How many services owned by audience teams use a platform.
 *
 * @public
 */
export interface ServiceAdoption {
  /** Those of the services that are consumers. */
  adopting: number;
  /** Components owned by audience teams that are not part of the platform. */
  total: number;
  /** adopting / total, or `null` when there are none. */
  ratio: number | null;
}

/**
 * Adoption among the teams a persona describes.
 *
 * @public
 */
export interface PersonaAdoption {
  personaRef: string;
  /** Whether the Persona entity is in the catalog; when not, its teams are empty. */
  found: boolean;
  teams: TeamAdoption;
}

/**
 * Adoption among the audience teams under one org group.
 *
 * @public
 */
export interface OrgAdoption {
  orgRef: string;
  teams: TeamAdoption;
}

/**
 * The adoption of a platform, overall and by persona and org.
 *
 * @public
 */
export interface PlatformAdoption {
  teams: TeamAdoption;
  services: ServiceAdoption;
  /** In the order of `spec.personas`. */
  byPersona: PersonaAdoption[];
  /** Sorted by org ref. */
  byOrg: OrgAdoption[];
  /** Sorted by entity ref. */
  consumers: PlatformConsumer[];
}

/**
 * Computes the adoption of a platform from the catalog graph.
 *
 * - Audience teams: Groups whose `spec.type` is in `spec.audience.groupTypes` (default `['team']`);
 *   when `spec.audience.groups` is set, only those groups and the groups below them.
 * - A team adopts when it owns a consumer (see {@link findConsumers}); a consumer owned by a User
 *   counts for the groups the user is a member of.
 * - Services: Components owned by audience teams that are not platform parts; adopting when they are
 *   consumers.
 * - Per persona (refs from `spec.personas`, kind defaulting to `persona` and namespace to the
 *   platform's): the audience teams among the persona's groups (its `describesGroup` relations and
 *   `spec.groups`) and the groups below them. A persona missing from the catalog is reported with
 *   `found: false`.
 * - Per org: for every Group whose type is in `orgGroupTypes`, the audience teams below it.
 *
 * Cycles in the group hierarchy are walked once.
 *
 * @param options.platform - the platform entity
 * @param options.spec - its `spec.platform` block
 * @param options.entities - the catalog, with relations: groups, users, personas and components
 * @param options.orgGroupTypes - the group types reported in `byOrg`; default `['org']`
 * @public
 */
export function computeAdoption(options: {
  platform: Entity;
  spec: PlatformSpec;
  entities: readonly Entity[];
  orgGroupTypes?: readonly string[];
}): PlatformAdoption {
  const { platform, spec, orgGroupTypes = ['org'] } = options;
  const graph = CatalogGraph.create([platform, ...options.entities]);
  const namespace = platform.metadata.namespace ?? DEFAULT_NAMESPACE;
  const parts = platformParts(platform, graph);
  const consumers = consumersOf(parts, graph);
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
    byOrg: graph
      .entities()
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
  graph: CatalogGraph,
): Set<string> {
  const groupTypes = spec.audience?.groupTypes ?? ['team'];
  const teams = graph
    .entities()
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

function personaGroups(persona: Entity, graph: CatalogGraph): string[] {
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

/** The groups an entity's ownership counts for: its owning groups, and the groups of owning users. */
function ownerGroups(entityRef: string, graph: CatalogGraph): Set<string> {
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

function serviceAdoption(options: {
  audience: ReadonlySet<string>;
  parts: ReadonlySet<string>;
  consumers: readonly PlatformConsumer[];
  graph: CatalogGraph;
}): ServiceAdoption {
  const { audience, parts, graph } = options;
  const consumerRefs = new Set(options.consumers.map(c => c.entityRef));
  const services = graph
    .entities()
    .filter(e => e.kind.toLowerCase() === 'component')
    .map(e => stringifyEntityRef(e))
    .filter(
      ref =>
        !parts.has(ref) &&
        [...ownerGroups(ref, graph)].some(group => audience.has(group)),
    );
  const adopting = services.filter(ref => consumerRefs.has(ref)).length;
  return {
    adopting,
    total: services.length,
    ratio: services.length === 0 ? null : adopting / services.length,
  };
}

function adoptionAmong(
  teams: readonly string[],
  adoptingGroups: ReadonlySet<string>,
): TeamAdoption {
  const adoptingRefs = sorted(teams.filter(ref => adoptingGroups.has(ref)));
  const nonAdoptingRefs = sorted(teams.filter(ref => !adoptingGroups.has(ref)));
  const audience = adoptingRefs.length + nonAdoptingRefs.length;
  const ratio = audience === 0 ? null : adoptingRefs.length / audience;
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
