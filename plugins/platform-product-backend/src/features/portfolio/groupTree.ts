import {
  RELATION_CHILD_OF,
  RELATION_HAS_MEMBER,
  RELATION_MEMBER_OF,
  RELATION_PARENT_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  adoptionCounts,
  PlatformGraph,
  PortfolioHeatCell,
  PortfolioHeatRow,
  PortfolioSnapshot,
} from '@platform-product/backstage-plugin-platform-product-common';

/** An entity's display name: its title, else its name, else the ref. */
export function titleOf(graph: PlatformGraph, ref: string): string {
  return graph.title(ref) ?? graph.entity(ref)?.metadata.name ?? ref;
}

/** A group's type (`spec.type`), or `''`. */
export function groupType(graph: PlatformGraph, ref: string): string {
  const type = graph.entity(ref)?.spec?.type;
  return typeof type === 'string' ? type : '';
}

/** Whether the ref is a Group of the graph. */
export function isGroup(graph: PlatformGraph, ref: string): boolean {
  return graph.entity(ref)?.kind.toLowerCase() === 'group';
}

/** The groups directly below a group, sorted by title. */
export function childGroups(graph: PlatformGraph, ref: string): string[] {
  return [...graph.related(ref, RELATION_PARENT_OF, RELATION_CHILD_OF)]
    .filter(child => isGroup(graph, child))
    .sort(byTitle(graph));
}

/** A group's parent group (the first by ref when a catalog gives several), or `null`. */
export function parentGroup(graph: PlatformGraph, ref: string): string | null {
  const parents = [...graph.related(ref, RELATION_CHILD_OF, RELATION_PARENT_OF)]
    .filter(parent => isGroup(graph, parent))
    .sort();
  return parents[0] ?? null;
}

/** The users who are members of a group, sorted. */
export function groupMembers(graph: PlatformGraph, ref: string): string[] {
  return [...graph.related(ref, RELATION_HAS_MEMBER, RELATION_MEMBER_OF)]
    .filter(member => member.startsWith('user:'))
    .sort();
}

/**
 * The orgs of the heat map, parents before children (depth first, siblings by title): every group
 * of the graph's org types, or under `root` that org and the orgs below it.
 */
export function orgsInTreeOrder(graph: PlatformGraph, root?: string): string[] {
  const orgTypes = new Set(graph.orgGroupTypes);
  const isOrg = (ref: string) =>
    isGroup(graph, ref) && orgTypes.has(groupType(graph, ref));
  const orgs = graph.entities
    .filter(e => e.kind.toLowerCase() === 'group')
    .map(e => stringifyEntityRef(e))
    .filter(isOrg);
  const seen = new Set<string>();
  const ordered: string[] = [];
  const visit = (ref: string) => {
    if (seen.has(ref)) {
      return;
    }
    seen.add(ref);
    ordered.push(ref);
    childGroups(graph, ref).filter(isOrg).forEach(visit);
  };
  if (root) {
    visit(root);
    return ordered;
  }
  // Roots: orgs whose parent is not an org (or that have none).
  orgs
    .filter(ref => {
      const parent = parentGroup(graph, ref);
      return parent === null || !isOrg(parent);
    })
    .sort(byTitle(graph))
    .forEach(visit);
  // Orgs only reachable through a cycle.
  orgs.sort(byTitle(graph)).forEach(visit);
  return ordered;
}

/**
 * A heat map cell: the snapshot's own figure of that group when it recorded one (orgs), else the
 * group's audience teams counted from the snapshot's team lists (teams, and groups of other types),
 * else `null` — the snapshot does not say.
 */
export function heatCell(
  graph: PlatformGraph,
  snapshot: PortfolioSnapshot | undefined,
  groupRef: string,
): PortfolioHeatCell | null {
  if (!snapshot) {
    return null;
  }
  const own = snapshot.orgs[groupRef];
  if (own) {
    return { ...adoptionCounts(own[0], own[1]), snapshotDay: snapshot.day };
  }
  if (!snapshot.teams) {
    return null;
  }
  const below = graph.descendants([groupRef]);
  const adopting = snapshot.teams.adopting.filter(ref => below.has(ref)).length;
  const audience =
    adopting + snapshot.teams.nonAdopting.filter(ref => below.has(ref)).length;
  if (audience === 0) {
    return null;
  }
  return { ...adoptionCounts(adopting, audience), snapshotDay: snapshot.day };
}

/** One heat map row of a group, its cells for these platforms. */
export function heatRow(
  graph: PlatformGraph,
  groupRef: string,
  platformRefs: readonly string[],
  snapshots: ReadonlyMap<string, PortfolioSnapshot>,
): PortfolioHeatRow {
  return {
    groupRef,
    title: titleOf(graph, groupRef),
    type: groupType(graph, groupRef),
    parentRef: parentGroup(graph, groupRef),
    children: childGroups(graph, groupRef).length,
    cells: Object.fromEntries(
      platformRefs.map(ref => [
        ref,
        heatCell(graph, snapshots.get(ref), groupRef),
      ]),
    ),
  };
}

function byTitle(graph: PlatformGraph) {
  return (a: string, b: string) =>
    titleOf(graph, a).localeCompare(titleOf(graph, b)) || a.localeCompare(b);
}
