import { countCharacters } from '../core/characters';
import { describeValue } from '../core/describeValue';
import {
  ROADMAP_CATEGORIES,
  ROADMAP_CONFIDENCES,
  ROADMAP_HORIZONS,
  ROADMAP_OUTCOMES,
  ROADMAP_STATUSES,
  RoadmapItemFields,
} from './roadmapModel';

const FIELD_VALUES: Record<string, readonly string[]> = {
  horizon: ROADMAP_HORIZONS,
  confidence: ROADMAP_CONFIDENCES,
  status: ROADMAP_STATUSES,
  category: ROADMAP_CATEGORIES,
  outcome: ROADMAP_OUTCOMES,
};

const TEXT_LIMITS: Record<string, number> = {
  title: 200,
  problem: 4000,
  hypothesis: 4000,
};

/**
 * The problems of a roadmap item's fields as a client sent them, each naming the field, the value
 * and what is allowed: `horizon must be one of now, next, later — got 'soon'`. Only the fields
 * present are checked, so the same function checks a full item (create) and a partial edit.
 * Whether personas and key results exist is for the caller to check against the catalog.
 *
 * @public
 */
export function roadmapItemInputProblems(
  input: Partial<
    Record<keyof RoadmapItemFields | 'horizon' | 'outcome', unknown>
  >,
): string[] {
  const problems: string[] = [];
  for (const [field, allowed] of Object.entries(FIELD_VALUES)) {
    const value = (input as Record<string, unknown>)[field];
    if (value !== undefined && !allowed.includes(value as string)) {
      problems.push(
        `${field} must be one of ${allowed.join(', ')} — got ${describeValue(
          value,
        )}`,
      );
    }
  }
  for (const [field, limit] of Object.entries(TEXT_LIMITS)) {
    const value = (input as Record<string, unknown>)[field];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${field} must not be empty; describe the ${field}`);
    } else if (countCharacters(value) > limit) {
      problems.push(
        `${field} must be at most ${limit} characters — got ${countCharacters(
          value,
        )}`,
      );
    }
  }
  if (input.personas !== undefined) {
    if (
      !Array.isArray(input.personas) ||
      input.personas.some(persona => typeof persona !== 'string')
    ) {
      problems.push(
        'personas must be a list of Persona refs such as persona:default/feature-engineer',
      );
    }
  }
  if (
    input.keyResultId !== undefined &&
    input.keyResultId !== null &&
    (typeof input.keyResultId !== 'string' || input.keyResultId.trim() === '')
  ) {
    problems.push(
      'keyResultId must be the id of one of the platform key results, or null for none',
    );
  }
  return problems;
}
