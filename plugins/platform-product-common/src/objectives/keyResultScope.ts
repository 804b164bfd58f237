import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { ownerGroups } from '../adoption/measureAdoption';
import { adoptionRatio, adoptionStage } from '../adoption/adoptionStage';
import type { PlatformConsumer, TeamAdoption } from '../adoption/types';
import type { PlatformGraph } from '../catalog/PlatformGraph';
import { describeValue } from '../core/describeValue';

/**
 * A group ref as a key result's scope names it, normalised as the catalog writes refs:
 * `commerce`, `group:commerce` and `Group:default/Commerce` are all `group:default/commerce`.
 *
 * @param field - where the ref was written, for the error message
 * @throws RangeError naming the field when the ref is not a Group entity ref
 * @public
 */
export function normalizeGroupRef(
  ref: string,
  field = 'scope.groupRef',
): string {
  const problem = `${field}: ${describeValue(
    ref,
  )} is not a group ref; write group:<namespace>/<name> or just the group's name, e.g. group:default/commerce`;
  if (typeof ref !== 'string' || ref.trim() === '') {
    throw new RangeError(problem);
  }
  let parsed;
  try {
    parsed = parseEntityRef(ref.trim(), {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
  } catch {
    throw new RangeError(problem);
  }
  if (parsed.kind.toLocaleLowerCase('en-US') !== 'group') {
    throw new RangeError(
      `${field}: ${describeValue(ref)} is a ${
        parsed.kind
      }, not a Group; scope a key result to an org or a team, e.g. group:default/commerce`,
    );
  }
  return stringifyEntityRef(parsed).toLocaleLowerCase('en-US');
}

/**
 * An entity ref as a `deprecation-consumers` binding names it (kind required, namespace `default`
 * when left out), lower case like the catalog.
 *
 * @throws RangeError naming `binding.deprecationRef` when it is not an entity ref with a kind
 * @public
 */
export function normalizeDeprecationRef(ref: string): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(typeof ref === 'string' ? ref.trim() : '', {
        defaultNamespace: 'default',
      }),
    ).toLocaleLowerCase('en-US');
  } catch {
    throw new RangeError(
      `binding.deprecationRef: ${describeValue(
        ref,
      )} is not an entity ref; name the deprecated entity as kind:namespace/name, e.g. resource:default/docker-runtime`,
    );
  }
}

/**
 * The groups a key result scoped to `groupRef` counts: the group and every group below it in the
 * hierarchy (see {@link PlatformGraph.descendants}), as a platform's adoption by org counts them.
 *
 * @public
 */
export function scopeGroups(
  graph: PlatformGraph,
  groupRef: string,
): Set<string> {
  return graph.descendants([groupRef]);
}

/**
 * A platform's team adoption narrowed to the audience teams among `groups` (see
 * {@link scopeGroups}): the value of an `adoption` key result scoped to a group.
 *
 * @param teams - the platform's adoption among all its audience teams
 * @public
 */
export function teamAdoptionWithin(
  teams: TeamAdoption,
  groups: ReadonlySet<string>,
): TeamAdoption {
  const adoptingRefs = teams.adoptingRefs.filter(ref => groups.has(ref));
  const nonAdoptingRefs = teams.nonAdoptingRefs.filter(ref => groups.has(ref));
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

/**
 * The consumers owned within `groups` (see {@link scopeGroups}): by one of those groups, or by a
 * user who is a member of one — as a team's adoption counts ownership. The value of a
 * `deprecation-consumers` key result scoped to a group is their number.
 *
 * @public
 */
export function consumersOwnedWithin(
  consumers: readonly PlatformConsumer[],
  groups: ReadonlySet<string>,
  graph: PlatformGraph,
): PlatformConsumer[] {
  return consumers.filter(consumer =>
    [...ownerGroups(consumer.entityRef, graph)].some(group =>
      groups.has(group),
    ),
  );
}
