import { countCharacters } from '../core/characters';
import { describeValue } from '../core/describeValue';
import { isDuration, parseDuration } from '../core/duration';
import { METRIC_NAME_PATTERN, metricLabelProblems } from '../core/metrics';
import { DAY_MS } from '../core/utcDays';
import { checkKeyResultTarget } from './keyResultProgress';
import { normalizeDeprecationRef, normalizeGroupRef } from './keyResultScope';
import {
  ENABLEMENT_CATEGORIES,
  KEY_RESULT_AGGREGATIONS,
  KEY_RESULT_BINDING_TYPES,
  KEY_RESULT_DIRECTIONS,
  KeyResultBinding,
  KeyResultInput,
  ObjectiveInput,
  SCOPABLE_KEY_RESULT_BINDING_TYPES,
} from './types';

/**
 * The pattern of a caller-chosen objective or key result id: a lower-case slug such as
 * `deploy-kr-lead-time`.
 *
 * @public
 */
export const OBJECTIVE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * The longest window a key result bound to a metric may aggregate over, in days: a little over a
 * year, so that a yearly key result fits and a window cannot reach back beyond the stored history
 * or the dates a computer can write.
 *
 * @public
 */
export const KEY_RESULT_WINDOW_MAX_DAYS = 400;

const TITLE_MAX = 200;
const DESCRIPTION_MAX = 4000;

const quote = (value: unknown) => describeValue(value);
const oneOf = (values: readonly string[]) =>
  values.map(value => `'${value}'`).join(', ');

function checkId(id: unknown, problems: string[]) {
  if (
    id !== undefined &&
    (typeof id !== 'string' || !OBJECTIVE_ID_PATTERN.test(id))
  ) {
    problems.push(
      `id: ${quote(
        id,
      )} is not a valid id; use lower-case letters, digits and dashes (at most 63), e.g. deploy-kr-lead-time, or leave it out to get a generated one`,
    );
  }
}

function checkText(
  field: string,
  value: unknown,
  max: number,
  problems: string[],
  required: boolean,
) {
  if (value === undefined && !required) return;
  if (typeof value !== 'string' || (required && value.trim() === '')) {
    problems.push(`${field}: is required and must be text`);
  } else if (countCharacters(value) > max) {
    problems.push(
      `${field}: is ${countCharacters(
        value,
      )} characters long; at most ${max} are allowed`,
    );
  }
}

/**
 * What is wrong with an objective as a request sends it, one message per problem naming the field
 * and the fix; empty when it is valid.
 *
 * @public
 */
export function validateObjectiveInput(input: ObjectiveInput): string[] {
  const problems: string[] = [];
  checkId(input.id, problems);
  checkText('title', input.title, TITLE_MAX, problems, true);
  checkText('description', input.description, DESCRIPTION_MAX, problems, false);
  checkText('period', input.period, 40, problems, false);
  if (!(ENABLEMENT_CATEGORIES as readonly string[]).includes(input.category)) {
    problems.push(
      `category: ${quote(
        input.category,
      )} is not an enablement category; use one of ${oneOf(
        ENABLEMENT_CATEGORIES,
      )}`,
    );
  }
  return problems;
}

function checkBinding(binding: KeyResultBinding, problems: string[]) {
  if (!binding || typeof binding !== 'object') {
    problems.push(`binding: is required, e.g. { "type": "adoption" }`);
    return;
  }
  const type: string = binding.type;
  if (!(KEY_RESULT_BINDING_TYPES as readonly string[]).includes(type)) {
    problems.push(
      `binding.type: ${quote(type)} is not a binding type; use one of ${oneOf(
        KEY_RESULT_BINDING_TYPES,
      )}`,
    );
    return;
  }
  if (binding.type === 'slo-attainment') {
    if (typeof binding.slo !== 'string' || binding.slo === '') {
      problems.push(
        `binding.slo: names the platform's SLO whose attainment is measured, e.g. "deploy-api-availability"`,
      );
    }
  }
  if (binding.type === 'metric') {
    if (
      typeof binding.metric !== 'string' ||
      !METRIC_NAME_PATTERN.test(binding.metric)
    ) {
      problems.push(
        `binding.metric: ${quote(
          binding.metric,
        )} is not a metric name; names start with a letter or _ and hold letters, digits, _ . : -`,
      );
    }
    if (
      !(KEY_RESULT_AGGREGATIONS as readonly string[]).includes(
        binding.aggregation,
      )
    ) {
      problems.push(
        `binding.aggregation: ${quote(
          binding.aggregation,
        )} is not an aggregation; use one of ${oneOf(KEY_RESULT_AGGREGATIONS)}`,
      );
    }
    if (!isDuration(binding.window)) {
      problems.push(
        `binding.window: ${quote(
          binding.window,
        )} is not a window; write a whole number and one of s, m, h, d, w, e.g. 7d or 28d`,
      );
    } else if (
      parseDuration(binding.window) >
      KEY_RESULT_WINDOW_MAX_DAYS * DAY_MS
    ) {
      problems.push(
        `binding.window: ${quote(
          binding.window,
        )} is longer than ${KEY_RESULT_WINDOW_MAX_DAYS} days; aggregate over a shorter window, e.g. 28d or 365d`,
      );
    }
    if (binding.labels !== undefined) {
      problems.push(...metricLabelProblems(binding.labels, 'binding.labels'));
    }
  }
  if (binding.type === 'deprecation-consumers') {
    checkRef(() => normalizeDeprecationRef(binding.deprecationRef), problems);
  }
}

function checkRef(normalize: () => string, problems: string[]) {
  try {
    normalize();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    problems.push(error.message);
  }
}

function checkScope(input: KeyResultInput, problems: string[]) {
  const { scope, binding } = input;
  if (scope === undefined) return;
  if (!scope || typeof scope !== 'object' || Array.isArray(scope)) {
    problems.push(
      `scope: must be an object naming a group, e.g. { "groupRef": "group:default/commerce" }, or left out`,
    );
    return;
  }
  checkRef(() => normalizeGroupRef(scope.groupRef), problems);
  const type = binding && typeof binding === 'object' ? binding.type : '';
  if (
    (KEY_RESULT_BINDING_TYPES as readonly string[]).includes(type) &&
    !(SCOPABLE_KEY_RESULT_BINDING_TYPES as readonly string[]).includes(type)
  ) {
    problems.push(
      `scope: a key result bound to '${type}' cannot be scoped to a group, only one bound to ${oneOf(
        SCOPABLE_KEY_RESULT_BINDING_TYPES,
      )}; remove the scope, or bind the key result to one of those`,
    );
  }
}

/**
 * What is wrong with a key result as a request sends it, one message per problem naming the field
 * and the fix; empty when it is valid. A scope is allowed only with the
 * {@link SCOPABLE_KEY_RESULT_BINDING_TYPES}. Whether a bound metric, SLO, deprecated entity or scope
 * group exists is checked by the backend against the platform's data and the catalog.
 *
 * @public
 */
export function validateKeyResultInput(input: KeyResultInput): string[] {
  const problems: string[] = [];
  checkId(input.id, problems);
  checkText('title', input.title, TITLE_MAX, problems, true);
  checkBinding(input.binding, problems);
  checkScope(input, problems);
  for (const field of ['baseline', 'target'] as const) {
    if (typeof input[field] !== 'number' || !Number.isFinite(input[field])) {
      problems.push(`${field}: ${quote(input[field])} is not a number`);
    }
  }
  if (!(KEY_RESULT_DIRECTIONS as readonly string[]).includes(input.direction)) {
    problems.push(
      `direction: ${quote(
        input.direction,
      )} is not a direction; use one of ${oneOf(KEY_RESULT_DIRECTIONS)}`,
    );
  } else if (problems.length === 0) {
    const target = checkKeyResultTarget(input);
    if (target) problems.push(target);
  }
  return problems;
}
