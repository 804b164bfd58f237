import { InputError } from '@backstage/errors';
import {
  describeValue,
  InvestmentMix,
  investmentMixProblems,
  normalizePersonaRef,
  PERSONA_KIND,
  RoadmapHorizon,
  RoadmapItemFields,
  roadmapItemInputProblems,
  RoadmapOutcome,
} from '@platform-product/backstage-plugin-platform-product-common';
import { ResolvedPlatform } from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { KeyResultLookup } from '../../ports';
import { throwIfInvalid } from '../../core/http';

/**
 * The fields a new item needs.
 *
 * @internal
 */
export type RoadmapItemInput = RoadmapItemFields & {
  horizon: RoadmapHorizon;
  /** Where in the horizon, 0 = top; the bottom when omitted. */
  position?: number;
};

/** How many unknown personas a message names. */
const PERSONAS_SHOWN = 5;

/** The fields a new item must have. */
const REQUIRED_FIELDS = [
  'title',
  'problem',
  'hypothesis',
  'confidence',
  'status',
  'category',
  'horizon',
] as const;

/**
 * Checks what a write of the roadmap sends, before anything is stored: an item's fields (allowed
 * values, non-empty texts, personas the catalog knows, a key result of the platform), a move, an
 * outcome review and an investment mix. Every check throws an InputError that names the field.
 *
 * @internal
 */
export class RoadmapItemValidator {
  constructor(
    private readonly options: {
      graphs: PlatformGraphProvider;
      keyResults: KeyResultLookup;
    },
  ) {}

  /**
   * An item's fields, all of them (`full`, for a new item) or those sent (an edit). Returns the
   * fields to store: texts trimmed, personas normalised, an empty key result as null.
   */
  async fields<Full extends boolean>(
    platform: ResolvedPlatform,
    input: Partial<RoadmapItemInput>,
    full: Full,
  ): Promise<
    Full extends true ? RoadmapItemFields : Partial<RoadmapItemFields>
  > {
    const problems = roadmapItemInputProblems(input);
    if (full) {
      for (const field of REQUIRED_FIELDS) {
        if (input[field] === undefined) {
          problems.push(`${field} is required`);
        }
      }
    }
    throwIfInvalid(problems);
    const fields: Partial<RoadmapItemFields> = {};
    for (const field of ['title', 'problem', 'hypothesis'] as const) {
      if (input[field] !== undefined) fields[field] = input[field]!.trim();
    }
    for (const field of ['confidence', 'status', 'category'] as const) {
      if (input[field] !== undefined) (fields as any)[field] = input[field];
    }
    if (input.personas !== undefined || full) {
      fields.personas = await this.personas(input.personas ?? []);
    }
    if (input.keyResultId !== undefined || full) {
      fields.keyResultId = await this.keyResult(platform, input.keyResultId);
    }
    return fields as any;
  }

  /** A move's target: a horizon, and a position from the top (0) when given. */
  move(target: { horizon: RoadmapHorizon; position?: number }): void {
    throwIfInvalid(roadmapItemInputProblems({ horizon: target.horizon }));
    if (
      target.position !== undefined &&
      (!Number.isInteger(target.position) || target.position < 0)
    ) {
      throw new InputError(
        `position must be a whole number ≥ 0 (0 = the top of the horizon) — got ${target.position}`,
      );
    }
  }

  /** An outcome review's outcome. */
  review(review: { outcome: RoadmapOutcome }): void {
    throwIfInvalid(roadmapItemInputProblems({ outcome: review.outcome }));
  }

  /** An intended investment mix: percentages per category, summing to 100. */
  investmentMix(mix: Record<string, unknown>): InvestmentMix {
    throwIfInvalid(investmentMixProblems(mix));
    return mix as InvestmentMix;
  }

  /** The Persona refs the catalog knows, lower case. */
  async knownPersonas(): Promise<Set<string>> {
    const graph = await this.options.graphs.get();
    return new Set(
      graph.entities
        .filter(
          entity => entity.kind.toLowerCase() === PERSONA_KIND.toLowerCase(),
        )
        .map(entity =>
          `persona:${entity.metadata.namespace ?? 'default'}/${
            entity.metadata.name
          }`.toLowerCase(),
        ),
    );
  }

  private async personas(sent: readonly string[]): Promise<string[]> {
    const personas = [...new Set(sent.map(normalizePersonaRef))];
    const known = await this.knownPersonas();
    const unknown = personas.filter(persona => !known.has(persona));
    if (unknown.length > 0) {
      const shown = unknown
        .slice(0, PERSONAS_SHOWN)
        .map(persona => describeValue(persona))
        .join(', ');
      const more =
        unknown.length > PERSONAS_SHOWN
          ? ` and ${unknown.length - PERSONAS_SHOWN} more`
          : '';
      throw new InputError(
        `personas ${shown}${more} ${
          unknown.length > 1 ? 'are not Personas' : 'is not a Persona'
        } in the catalog; use one of ${[...known].sort().join(', ')}`,
      );
    }
    return personas;
  }

  private async keyResult(
    platform: ResolvedPlatform,
    sent: string | null | undefined,
  ): Promise<string | null> {
    const keyResultId = sent?.trim() || null;
    if (
      keyResultId !== null &&
      !(await this.options.keyResults.find(platform.ref, keyResultId))
    ) {
      throw new InputError(
        `keyResultId ${describeValue(keyResultId)} is not a key result of ${
          platform.ref
        }; link one of the platform's key results, or null for none`,
      );
    }
    return keyResultId;
  }
}
