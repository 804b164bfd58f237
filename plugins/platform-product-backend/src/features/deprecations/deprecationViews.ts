import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  deprecationPhase,
  DeprecationSummary,
  DeprecationTeamConsumers,
  PlatformConsumer,
  resolveEntityRef,
  utcDaysBetween,
} from '@platform-product/backstage-plugin-platform-product-common';
import { entityOwnerRefs } from '../../core/catalog/PlatformCatalog';
import type { AssessedDeprecation } from './DeprecationCatalog';

/**
 * The portal path of a deprecation's page.
 *
 * @internal
 */
export function deprecationLink(ref: string): string {
  const [kind, rest] = ref.split(':');
  const [namespace, name] = rest.split('/');
  return `/deprecations/${encodeURIComponent(kind)}/${encodeURIComponent(
    namespace,
  )}/${encodeURIComponent(name)}`;
}

/**
 * An entity ref as a path or a body names it (kind `component` and namespace `default` when left
 * out), lower case.
 *
 * @param field - the field named in the error, e.g. `consumerRef`
 * @throws InputError saying what is wrong with the ref
 * @internal
 */
export function parseDeprecationRef(ref: string, field: string): string {
  try {
    return resolveEntityRef({
      ref,
      defaultKind: 'component',
      defaultNamespace: 'default',
      field,
    }).toLowerCase();
  } catch (error) {
    throw new InputError((error as Error).message);
  }
}

/**
 * The title shown for an entity: a user's or group's display name, else its `metadata.title`.
 *
 * @internal
 */
export function titleOf(entity: Entity | undefined): string | null {
  const displayName = (entity?.spec?.profile as { displayName?: unknown })
    ?.displayName;
  if (typeof displayName === 'string' && displayName) {
    return displayName;
  }
  return entity?.metadata.title ?? null;
}

/**
 * The titles of the consumers that have one, by entity ref.
 *
 * @internal
 */
export function titlesOf(
  consumers: readonly PlatformConsumer[],
  entities: ReadonlyMap<string, Entity>,
): Map<string, string> {
  const titles = new Map<string, string>();
  for (const { entityRef } of consumers) {
    const title = titleOf(entities.get(entityRef));
    if (title) {
      titles.set(entityRef, title);
    }
  }
  return titles;
}

/**
 * A deprecation as the list, the detail and the banner show it, as of `today`: its phase, days to
 * sunset, counts, the replacement (and whether the catalog has it) and the burn-down.
 *
 * @internal
 */
export function toDeprecationSummary(options: {
  deprecation: AssessedDeprecation;
  entities: ReadonlyMap<string, Entity>;
  today: string;
  trend?: DeprecationSummary['trend'];
}): DeprecationSummary {
  const { deprecation, entities, today, trend = [] } = options;
  const { ref, entity, spec, assessment } = deprecation;
  const replacedBy = spec.replacedBy
    ? resolveEntityRef({
        ref: spec.replacedBy,
        defaultKind: entity.kind.toLocaleLowerCase('en-US'),
        defaultNamespace: entity.metadata.namespace ?? 'default',
        field: 'spec.deprecation.replacedBy',
      })
    : null;
  const replacementFound = replacedBy ? entities.has(replacedBy) : null;
  return {
    entityRef: ref,
    title: titleOf(entity) ?? entity.metadata.name,
    ownerRefs: entityOwnerRefs(entity),
    announced: spec.announced,
    sunset: spec.sunset,
    reason: spec.reason,
    replacedBy,
    replacementFound,
    migrationGuide: spec.migrationGuide ?? null,
    phase: deprecationPhase(spec, today),
    daysToSunset: utcDaysBetween(today, spec.sunset),
    consumers: assessment.counts.consumers,
    consumerTeams: assessment.counts.consumerTeams,
    violations: assessment.counts.violations,
    exceptions: assessment.counts.exceptions,
    warnings:
      replacementFound === false
        ? [
            `replacement not found: spec.deprecation.replacedBy names ${replacedBy}, which is not in the catalog; fix the reference or register the replacement`,
          ]
        : [],
    trend,
  };
}

/**
 * A deprecation's consumers grouped by owning team (a consumer without owners under `null`, last),
 * each consumer with its exception.
 *
 * @internal
 */
export function consumersByTeam(
  deprecation: AssessedDeprecation,
  entities: ReadonlyMap<string, Entity>,
): DeprecationTeamConsumers[] {
  const byOwner = new Map<string | null, DeprecationTeamConsumers>();
  for (const consumer of deprecation.assessment.consumers) {
    for (const ownerRef of consumer.ownerRefs.length
      ? consumer.ownerRefs
      : [null]) {
      const team = byOwner.get(ownerRef) ?? {
        ownerRef,
        title: ownerRef ? titleOf(entities.get(ownerRef)) : null,
        consumers: [],
      };
      team.consumers.push(consumer);
      byOwner.set(ownerRef, team);
    }
  }
  return [...byOwner.values()].sort((a, b) =>
    (a.ownerRef ?? '\uffff') < (b.ownerRef ?? '\uffff') ? -1 : 1,
  );
}
