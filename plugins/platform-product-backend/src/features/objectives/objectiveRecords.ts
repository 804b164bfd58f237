import {
  GroupKeyResultBinding,
  KeyResult,
  KeyResultBinding,
  KeyResultInput,
  normalizeDeprecationRef,
  normalizeGroupRef,
  Objective,
  ObjectiveInput,
} from '@platform-product/backstage-plugin-platform-product-common';
import { KeyResultRecord, ObjectiveRecord } from './ObjectiveStore';

/**
 * The fields of an objective a validated request writes.
 *
 * @internal
 */
export function objectiveFields(input: ObjectiveInput) {
  return {
    title: input.title.trim(),
    description: input.description,
    category: input.category,
    period: input.period,
  };
}

/**
 * The fields of a key result a validated request writes: the binding with only the fields of its
 * type and the refs (deprecated entity, scope group) normalised as the catalog writes them.
 *
 * @internal
 */
export function keyResultFields(
  input: KeyResultInput,
): Pick<
  KeyResultRecord,
  'title' | 'binding' | 'scope' | 'baseline' | 'target' | 'direction'
> {
  return {
    title: input.title.trim(),
    binding: normalizeBinding(input.binding),
    ...(input.scope
      ? { scope: { groupRef: normalizeGroupRef(input.scope.groupRef) } }
      : {}),
    baseline: input.baseline,
    target: input.target,
    direction: input.direction,
  };
}

/** The binding with only the fields its type has, so nothing unknown is stored. */
function normalizeBinding(binding: KeyResultBinding): KeyResultBinding {
  switch (binding.type) {
    case 'metric':
      return {
        type: 'metric',
        metric: binding.metric,
        aggregation: binding.aggregation,
        window: binding.window,
        ...(binding.labels && Object.keys(binding.labels).length > 0
          ? { labels: binding.labels }
          : {}),
      };
    case 'slo-attainment':
      return { type: 'slo-attainment', slo: binding.slo };
    case 'deprecation-consumers':
      return {
        type: 'deprecation-consumers',
        deprecationRef: normalizeDeprecationRef(binding.deprecationRef),
      };
    default:
      return { type: binding.type };
  }
}

/**
 * What a group's card says a scoped key result measures, or undefined for a binding that cannot
 * be scoped (validation keeps those out of the store).
 *
 * @internal
 */
export function groupBindingOf(
  binding: KeyResultBinding,
): GroupKeyResultBinding | undefined {
  switch (binding.type) {
    case 'adoption':
      return { type: 'adoption' };
    case 'deprecation-consumers':
      return binding;
    default:
      return undefined;
  }
}

/**
 * An objective as the API answers it, with its key results.
 *
 * @internal
 */
export function toObjective(
  record: ObjectiveRecord,
  keyResults: KeyResult[],
): Objective {
  return {
    id: record.id,
    platformRef: record.platformRef,
    title: record.title,
    ...(record.description ? { description: record.description } : {}),
    category: record.category,
    ...(record.period ? { period: record.period } : {}),
    version: record.version,
    createdAt: new Date(record.createdAt).toISOString(),
    updatedAt: new Date(record.updatedAt).toISOString(),
    keyResults,
  };
}
