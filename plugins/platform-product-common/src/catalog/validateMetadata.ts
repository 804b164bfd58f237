import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { z } from 'zod/v3';
import { PERSONA_KIND, PLATFORM_PRODUCT_API_VERSION } from '../core/constants';
import {
  deprecationSpecSchema,
  personaSpecSchema,
  platformSpecSchema,
} from './metadataSchemas';
import type { DeprecationSpec, PersonaEntity, PlatformSpec } from './types';
import { describeValue } from '../core/describeValue';

/**
 * One thing wrong with an entity's Platform Product metadata.
 *
 * @public
 */
export interface MetadataProblem {
  /** The field, e.g. `spec.platform.slos[1].objectives[0].target`. */
  path: string;
  /** The value found there, `undefined` when the field is missing. */
  value: unknown;
  /**
   * The whole sentence: the field, what it must be, what it was and how to fix it, e.g.
   * `spec.platform.slos[1].objectives[0].target must be a number in [0, 1) — got 99.9; write 0.999`.
   */
  message: string;
}

/**
 * The result of validating one entity: the metadata blocks that are valid, and every problem found.
 *
 * @public
 */
export interface MetadataValidation {
  platform?: PlatformSpec;
  deprecation?: DeprecationSpec;
  persona?: PersonaEntity['spec'];
  problems: MetadataProblem[];
}

function formatPath(segments: (string | number)[]): string {
  return segments
    .reduce<string>(
      (path, segment) =>
        typeof segment === 'number'
          ? `${path}[${segment}]`
          : `${path}.${segment}`,
      '',
    )
    .replace(/^\./, '');
}

function valueAt(root: unknown, segments: (string | number)[]): unknown {
  let current: unknown = root;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') {
      return undefined;
    }
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/**
 * A value as a metadata message shows it: texts and numbers bounded by describeValue, and a small
 * object or list written out, which says more than "an object" in the catalog's processing errors
 * (a value too big or too deep to write is described instead).
 */
function show(value: unknown): string {
  if (value === null || typeof value !== 'object' || value instanceof Date) {
    return describeValue(value);
  }
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = undefined;
  }
  return json === undefined || json.length > 80 ? describeValue(value) : json;
}

/** How to fix the common mistakes, given what was expected and what was found. */
function hintFor(expected: string, value: unknown): string | undefined {
  if (expected.includes('a number in [0, 1)') || expected.includes('[0, 1]')) {
    // 99.9, "99.9" and "99.9%" all mean a percentage: write the fraction.
    const number =
      typeof value === 'string'
        ? Number(value.replace(/%\s*$/, '').trim())
        : value;
    if (typeof number === 'number' && !Number.isNaN(number)) {
      if (number >= 1 && number <= 100) {
        return `write ${Number((number / 100).toPrecision(12))}`;
      }
      if (typeof value === 'string' && number >= 0 && number < 1) {
        return `write the number without quotes: ${number}`;
      }
    }
  }
  if (
    expected.includes('a date written YYYY-MM-DD') &&
    typeof value === 'string'
  ) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      return 'that day does not exist';
    }
    if (!Number.isNaN(Date.parse(value))) {
      return `write ${new Date(value).toISOString().slice(0, 10)}`;
    }
  }
  if (expected.includes('a duration')) {
    if (typeof value === 'number') {
      return `add a unit, e.g. ${value}m or ${value}h`;
    }
  }
  if (expected.includes('must be a number') && typeof value === 'string') {
    if (!Number.isNaN(Number(value)) && value.trim() !== '') {
      return `write the number without quotes: ${Number(value)}`;
    }
  }
  return undefined;
}

function toProblems(
  error: z.ZodError,
  input: unknown,
  basePath: (string | number)[],
): MetadataProblem[] {
  const problems: MetadataProblem[] = [];
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const segments = [...basePath, ...issue.path];
    const path = formatPath(segments);
    const value = valueAt(input, issue.path);
    let message: string;
    if (!issue.message.startsWith('must')) {
      message = `${path} ${issue.message}`;
    } else if (value === undefined) {
      message = `${path} is required; it ${issue.message}`;
    } else {
      const hint = hintFor(issue.message, value);
      message = `${path} ${issue.message} — got ${show(value)}${
        hint ? `; ${hint}` : ''
      }`;
    }
    if (!seen.has(message)) {
      seen.add(message);
      problems.push({ path, value, message });
    }
  }
  return problems;
}

function check<T>(
  schema: z.ZodType<T>,
  input: unknown,
  basePath: (string | number)[],
): { value?: T; problems: MetadataProblem[] } {
  const result = schema.safeParse(input);
  if (result.success) {
    return { value: result.data, problems: [] };
  }
  return { problems: toProblems(result.error, input, basePath) };
}

/**
 * Whether an entity is of the Persona kind that Platform Product adds to the catalog.
 *
 * @public
 */
export function isPersonaEntity(entity: Entity): entity is PersonaEntity {
  return (
    entity.apiVersion === PLATFORM_PRODUCT_API_VERSION &&
    entity.kind === PERSONA_KIND
  );
}

/**
 * Validates the Platform Product metadata of one entity: `spec.platform`, `spec.deprecation`, and the
 * whole spec of a Persona. Never throws; every problem is returned with a sentence that names the
 * field, the value and what was expected. Blocks that are valid are returned parsed, so one bad
 * block does not hide the good ones.
 *
 * @public
 */
export function validateMetadata(entity: Entity): MetadataValidation {
  const result: MetadataValidation = { problems: [] };
  const spec = (entity.spec ?? {}) as Record<string, unknown>;

  if (isPersonaEntity(entity)) {
    const persona = check(personaSpecSchema, entity.spec, ['spec']);
    result.persona = persona.value;
    result.problems.push(...persona.problems);
    if (!entity.metadata.title?.trim()) {
      result.problems.push({
        path: 'metadata.title',
        value: entity.metadata.title,
        message:
          'metadata.title is required for a Persona; it must be a short human name such as "Feature engineer"',
      });
    }
    return result;
  }

  if (spec.platform !== undefined) {
    const platform = check(platformSpecSchema, spec.platform, [
      'spec',
      'platform',
    ]);
    result.platform = platform.value;
    result.problems.push(...platform.problems);
  }
  if (spec.deprecation !== undefined) {
    const deprecation = check(deprecationSpecSchema, spec.deprecation, [
      'spec',
      'deprecation',
    ]);
    result.deprecation = deprecation.value;
    result.problems.push(...deprecation.problems);
  }
  return result;
}

/**
 * Formats a problem for one entity the way catalog processing errors read:
 * `component:default/payments-api: spec.platform.category must be one of … — got "deploy"`.
 *
 * @public
 */
export function describeMetadataProblem(
  entity: Entity,
  problem: MetadataProblem,
): string {
  return `${stringifyEntityRef(entity)}: ${problem.message}`;
}
