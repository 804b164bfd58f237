import { Entity } from '@backstage/catalog-model';
import { PlatformGraph } from '../catalog/PlatformGraph';
import type { PlatformConsumer } from './types';

/**
 * The entities that make up a platform, as refs: the platform itself; when it is a System, every
 * entity that is part of it (`partOf` / `hasPart`); and every API that any of those provides
 * (`providesApi` / `apiProvidedBy`).
 *
 * @param platform - the platform entity, or its ref
 * @param catalog - the catalog graph, built once per load of the catalog (see
 *   {@link PlatformGraph.parts}); or the catalog entities, with relations, to index for this call
 * @public
 */
export function findPlatformParts(
  platform: Entity | string,
  catalog: PlatformGraph | readonly Entity[],
): Set<string> {
  return new Set(graphOf(platform, catalog).parts(platform));
}

/**
 * The consumers of a platform: every entity, not itself a part of the platform (see
 * {@link findPlatformParts}), that has a `dependsOn` or `consumesApi` relation to a part.
 *
 * @param platform - the platform entity, or its ref
 * @param catalog - the catalog graph, built once per load of the catalog and shared by every call
 *   (see {@link PlatformGraph.consumers}); or the catalog entities, with relations, to index for
 *   this call
 * @returns the consumers, sorted by ref
 * @public
 */
export function findConsumers(
  platform: Entity | string,
  catalog: PlatformGraph | readonly Entity[],
): PlatformConsumer[] {
  return graphOf(platform, catalog).consumers(platform);
}

function graphOf(
  platform: Entity | string,
  catalog: PlatformGraph | readonly Entity[],
): PlatformGraph {
  if (catalog instanceof PlatformGraph) {
    return catalog;
  }
  return PlatformGraph.build(
    typeof platform === 'string' ? catalog : [platform, ...catalog],
  );
}
