import { Entity } from '@backstage/catalog-model';
import { PlatformGraph } from '../catalog/PlatformGraph';
import type { PlatformSpec } from '../catalog/types';
import { measureAdoption } from './measureAdoption';
import type { PlatformAdoption } from './types';

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
 * @param options - with:
 *   - `platform`: the platform entity
 *   - `spec`: its `spec.platform` block
 *   - `graph`: the catalog graph, built once per load of the catalog and shared by every
 *   computation (give this or `entities`); it should hold the platform
 *   - `entities`: the catalog, with relations: groups, users, personas and components;
 *   a graph is built from them for this one computation
 *   - `orgGroupTypes`: the group types reported in `byOrg`; default: the graph's
 *   `orgGroupTypes`, else `['org']`
 * @public
 */
export function computeAdoption(
  options: {
    platform: Entity;
    spec: PlatformSpec;
    orgGroupTypes?: readonly string[];
  } & (
    | { graph: PlatformGraph; entities?: undefined }
    | { entities: readonly Entity[]; graph?: undefined }
  ),
): PlatformAdoption {
  const { platform, spec } = options;
  const graph =
    options.graph ??
    PlatformGraph.build([platform, ...options.entities], {
      orgGroupTypes: options.orgGroupTypes,
    });
  return measureAdoption({
    platform,
    spec,
    graph,
    orgGroupTypes: options.orgGroupTypes ?? graph.orgGroupTypes,
  });
}
