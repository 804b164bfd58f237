import { z } from 'zod/v3';
import { countCharacters, findForbiddenCharacter } from '../core/characters';
import { describeValue, DESCRIBED_TEXT_MAX } from '../core/describeValue';
import { investmentMixProblems } from './investmentMix';
import {
  InvestmentMix,
  ROADMAP_CATEGORIES,
  ROADMAP_CONFIDENCES,
  ROADMAP_HORIZONS,
  ROADMAP_STATUSES,
  RoadmapCategory,
  RoadmapConfidence,
  RoadmapHorizon,
  RoadmapStatus,
} from './roadmapModel';

/** @public */
export const ROADMAP_FILE_API_VERSION = 'platform-product.dev/v1alpha1';
/** @public */
export const ROADMAP_FILE_KIND = 'Roadmap';

/**
 * One item of a roadmap file, in the order of its horizon.
 *
 * @public
 */
export interface RoadmapFileItem {
  /** A stable slug that identifies the item across imports. */
  id: string;
  horizon: RoadmapHorizon;
  title: string;
  problem: string;
  hypothesis: string;
  confidence: RoadmapConfidence;
  status: RoadmapStatus;
  personas: string[];
  category: RoadmapCategory;
  keyResult?: string;
}

/**
 * A roadmap file (`kind: Roadmap`), as parsed and validated.
 *
 * @public
 */
export interface RoadmapFile {
  apiVersion: typeof ROADMAP_FILE_API_VERSION;
  kind: typeof ROADMAP_FILE_KIND;
  spec: {
    investmentMix?: InvestmentMix;
    items: RoadmapFileItem[];
  };
}

const says = (message: string): { errorMap: z.ZodErrorMap } => ({
  errorMap: () => ({ message }),
});
const oneOf = (values: readonly string[]) =>
  z
    .string(says(`must be one of ${values.join(', ')}`))
    .refine(value => values.includes(value), {
      message: `must be one of ${values.join(', ')}`,
    });
const TEXT = 'must be a non-empty string';
const text = () => z.string(says(TEXT)).trim().min(1, { message: TEXT });
const SLUG = 'must be a slug of lower-case letters, digits and dashes';
const PERSONA =
  'must be a Persona reference such as persona:default/feature-engineer';

const itemSchema = z
  .object(
    {
      id: z
        .string(says(SLUG))
        .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: SLUG }),
      horizon: oneOf(ROADMAP_HORIZONS),
      title: text(),
      problem: text(),
      hypothesis: text(),
      confidence: oneOf(ROADMAP_CONFIDENCES),
      status: oneOf(ROADMAP_STATUSES),
      personas: z.array(
        z
          .string(says(PERSONA))
          .regex(/^(persona:)?([a-z0-9-_.]+\/)?[a-z0-9-_.]+$/i, {
            message: PERSONA,
          }),
        says('must be a list of Persona references'),
      ),
      category: oneOf(ROADMAP_CATEGORIES),
      keyResult: text().optional(),
    },
    says('must be an object (a YAML mapping)'),
  )
  .strict();

const fileSchema = z
  .object(
    {
      apiVersion: z.literal(ROADMAP_FILE_API_VERSION, {
        errorMap: () => ({ message: `must be ${ROADMAP_FILE_API_VERSION}` }),
      }),
      kind: z.literal(ROADMAP_FILE_KIND, {
        errorMap: () => ({ message: `must be ${ROADMAP_FILE_KIND}` }),
      }),
      spec: z
        .object(
          {
            investmentMix: z
              .record(z.unknown(), says('must be a mapping of category: %'))
              .optional(),
            items: z.array(itemSchema, says('must be a list of items')),
          },
          says('must be an object with items'),
        )
        .strict(),
    },
    says('must be a Roadmap document'),
  )
  .strict();

function formatPath(segments: ReadonlyArray<string | number>): string {
  return segments
    .map((segment, i) =>
      typeof segment === 'number'
        ? `[${segment}]`
        : `${i > 0 ? '.' : ''}${segment}`,
    )
    .join('');
}

function valueAt(root: unknown, segments: ReadonlyArray<string | number>) {
  let current: unknown = root;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

/** A short, printable text as the file wrote it, in quotes; anything else as describeValue does. */
function show(value: unknown): string {
  return typeof value === 'string' &&
    countCharacters(value) <= DESCRIBED_TEXT_MAX &&
    !findForbiddenCharacter(value)
    ? `'${value}'`
    : describeValue(value);
}

/**
 * The persona ref in its full, lower-case form: `feature-engineer` and
 * `persona:default/feature-engineer` both give `persona:default/feature-engineer`.
 *
 * @public
 */
export function normalizePersonaRef(ref: string): string {
  const lower = ref.trim().toLowerCase();
  const withKind = lower.startsWith('persona:') ? lower : `persona:${lower}`;
  return withKind.includes('/')
    ? withKind
    : withKind.replace(/^persona:/, 'persona:default/');
}

/**
 * Validates the content of a roadmap file (already parsed from YAML). Every problem names its path
 * and what was found, e.g. `spec.items[2].horizon must be one of now, next, later — got 'soon'`.
 * A file with any problem yields no roadmap: an import takes all of a file or nothing.
 *
 * @public
 */
export function validateRoadmapFile(
  input: unknown,
): { roadmap: RoadmapFile; problems: [] } | { problems: string[] } {
  const result = fileSchema.safeParse(input);
  const problems: string[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = formatPath(issue.path);
      const value = valueAt(input, issue.path);
      let message = `${path} ${issue.message} — got ${show(value)}`;
      if (issue.code === z.ZodIssueCode.unrecognized_keys) {
        message = `${path || 'the document'} has unknown field${
          issue.keys.length > 1 ? 's' : ''
        } ${issue.keys.join(', ')}`;
      } else if (value === undefined) {
        message = `${path} is required; it ${issue.message}`;
      }
      if (!problems.includes(message)) problems.push(message);
    }
    return { problems };
  }
  const { spec } = result.data;
  if (spec.investmentMix) {
    problems.push(
      ...investmentMixProblems(spec.investmentMix, 'spec.investmentMix'),
    );
  }
  const seen = new Map<string, number>();
  spec.items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      problems.push(
        `spec.items[${index}].id '${item.id}' is already used by spec.items[${first}]; ids must be unique`,
      );
    } else {
      seen.set(item.id, index);
    }
  });
  if (problems.length > 0) {
    return { problems };
  }
  return {
    problems: [],
    roadmap: {
      apiVersion: ROADMAP_FILE_API_VERSION,
      kind: ROADMAP_FILE_KIND,
      spec: {
        ...(spec.investmentMix
          ? { investmentMix: spec.investmentMix as InvestmentMix }
          : {}),
        items: spec.items.map(item => ({
          ...item,
          horizon: item.horizon as RoadmapHorizon,
          confidence: item.confidence as RoadmapConfidence,
          status: item.status as RoadmapStatus,
          category: item.category as RoadmapCategory,
          personas: item.personas.map(normalizePersonaRef),
        })),
      },
    },
  };
}
