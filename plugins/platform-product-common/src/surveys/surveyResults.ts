import {
  Entity,
  RELATION_HAS_MEMBER,
  RELATION_MEMBER_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { computeNps, NPS_MIN_READABLE_RESPONSES } from './nps';
import { PlatformGraph } from '../catalog/PlatformGraph';
import {
  PERSONA_KIND,
  RELATION_DESCRIBED_BY_PERSONA,
  RELATION_DESCRIBES_GROUP,
} from '../core/constants';
import { getOrCompute } from '../core/getOrCompute';
import { resolveEntityRef } from '../core/refs';
import type { PersonaEntity } from '../catalog/types';
import {
  SURVEY_MIN_SEGMENT_RESPONSES,
  SurveyRoundResult,
  SurveySegment,
  SurveySegmentResult,
} from './types';

/**
 * Who a respondent is, as recorded with their answer: never the person, only their segments.
 *
 * @public
 */
export interface RespondentSegments {
  /** The groups the user is a member of, sorted. */
  teamRefs: string[];
  /** The personas that describe those groups or a group above them, sorted. */
  personaRefs: string[];
  /** The org groups above those groups, sorted. */
  orgRefs: string[];
}

/**
 * One answer as the results read it.
 *
 * @public
 */
export interface SurveyAnswer extends RespondentSegments {
  score: number;
}

/**
 * The people of the organisation as surveys see them: which teams, personas and orgs a user
 * belongs to, and how many people are in a set of teams. Built once per load of the catalog.
 *
 * @public
 */
export class SurveyPopulation {
  private readonly personasByGroup = new Map<string, Set<string>>();

  private constructor(
    private readonly graph: PlatformGraph,
    private readonly orgGroupTypes: readonly string[],
  ) {}

  /**
   * @param catalog - the catalog graph, built once per load of the catalog; or the catalog
   *   entities, with relations (users, groups and personas at least), to index for this population
   * @param options - with:
   *   - `orgGroupTypes`: the group types an answer is split by; default: the graph's
   *   `orgGroupTypes`, else `['org']`
   */
  static create(
    catalog: PlatformGraph | readonly Entity[],
    options?: { orgGroupTypes?: readonly string[] },
  ): SurveyPopulation {
    const graph =
      catalog instanceof PlatformGraph
        ? catalog
        : PlatformGraph.build(catalog, options);
    const population = new SurveyPopulation(
      graph,
      options?.orgGroupTypes ?? graph.orgGroupTypes,
    );
    for (const entity of graph.entities) {
      if (entity.kind.toLowerCase() !== PERSONA_KIND.toLowerCase()) {
        continue;
      }
      const personaRef = stringifyEntityRef(entity);
      const declared = ((entity as PersonaEntity).spec?.groups ?? []).flatMap(
        (ref, i) => {
          try {
            return [
              resolveEntityRef({
                ref,
                defaultKind: 'group',
                defaultNamespace: entity.metadata.namespace ?? 'default',
                field: `${personaRef} spec.groups[${i}]`,
              }),
            ];
          } catch {
            return [];
          }
        },
      );
      const groups = [
        ...declared,
        ...population.graph.related(
          personaRef,
          RELATION_DESCRIBES_GROUP,
          RELATION_DESCRIBED_BY_PERSONA,
        ),
      ];
      for (const group of groups) {
        const personas = population.personasByGroup.get(group) ?? new Set();
        personas.add(personaRef);
        population.personasByGroup.set(group, personas);
      }
    }
    return population;
  }

  /**
   * The teams, personas and orgs of a user, from their `memberOf` relations and the group
   * hierarchy above those groups. A user missing from the catalog has none.
   */
  describe(userRef: string): RespondentSegments {
    const ref = userRef.toLowerCase();
    const teams = this.graph.related(
      ref,
      RELATION_MEMBER_OF,
      RELATION_HAS_MEMBER,
    );
    const personas = new Set<string>();
    const orgs = new Set<string>();
    for (const group of this.graph.ancestors(teams)) {
      for (const persona of this.personasByGroup.get(group) ?? []) {
        personas.add(persona);
      }
      const type = this.graph.entity(group)?.spec?.type;
      if (typeof type === 'string' && this.orgGroupTypes.includes(type)) {
        orgs.add(group);
      }
    }
    return {
      teamRefs: [...teams].sort(),
      personaRefs: [...personas].sort(),
      orgRefs: [...orgs].sort(),
    };
  }

  /** The users that are members of at least one of these groups, each counted once. */
  people(groupRefs: Iterable<string>): Set<string> {
    const users = new Set<string>();
    for (const group of groupRefs) {
      for (const member of this.graph.related(
        group.toLowerCase(),
        RELATION_HAS_MEMBER,
        RELATION_MEMBER_OF,
      )) {
        if (member.startsWith('user:')) {
          users.add(member);
        }
      }
    }
    return users;
  }
}

/**
 * The aggregate results of one round, from one answer per respondent (the latest): NPS with n and
 * 95 % margin (the common `computeNps`), the 0–10 distribution, the response rate, and NPS by
 * persona and by org. A respondent counts in every persona and org recorded with their answer.
 *
 * @param options - with:
 *   - `answers`: one per respondent
 *   - `people`: how many people are in the platform's adopting teams
 *   - `titles`: display names of persona and org refs, where known
 * @public
 */
export function summarizeSurveyRound(options: {
  answers: readonly SurveyAnswer[];
  people: number;
  titles?: (ref: string) => string | undefined;
}): SurveyRoundResult {
  const { answers, people, titles } = options;
  const scores = answers.map(answer => answer.score);
  const overall = computeNps(scores);
  const distribution = Array.from({ length: 11 }, () => 0);
  for (const score of scores) {
    distribution[score] += 1;
  }
  const segment = (key: 'personaRefs' | 'orgRefs'): SurveySegmentResult[] => {
    const bySegment = new Map<string, number[]>();
    for (const answer of answers) {
      for (const ref of answer[key]) {
        getOrCompute(bySegment, ref, () => []).push(answer.score);
      }
    }
    return [...bySegment.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([ref, segmentScores]) => {
        const title = titles?.(ref);
        return {
          ref,
          ...(title ? { title } : {}),
          ...computeNps(segmentScores),
          tooFewToShow: false,
        };
      });
  };
  return {
    ...overall,
    tooFewToRead: overall.n < NPS_MIN_READABLE_RESPONSES,
    distribution,
    responseRate: {
      responses: overall.n,
      people,
      ratio: people === 0 ? null : overall.n / people,
    },
    byPersona: segment('personaRefs'),
    byOrg: segment('orgRefs'),
  };
}

/**
 * A round's result as callers who may not read the platform's feedback see it: every persona and
 * org segment answered by fewer than `minimum` people keeps only its ref and title and is marked
 * too few to show, so one respondent's score never reaches everyone under their org's name. The
 * round's own figures and the segments at or above the minimum are unchanged.
 *
 * @param options - with:
 *   - `minimum`: default {@link SURVEY_MIN_SEGMENT_RESPONSES}
 * @public
 */
export function withholdSmallSegments(
  result: SurveyRoundResult,
  options?: { minimum?: number },
): SurveyRoundResult {
  const minimum = options?.minimum ?? SURVEY_MIN_SEGMENT_RESPONSES;
  const withhold = (segments: SurveySegment[]): SurveySegment[] =>
    segments.map(segment =>
      segment.tooFewToShow || segment.n >= minimum
        ? segment
        : {
            ref: segment.ref,
            ...(segment.title ? { title: segment.title } : {}),
            tooFewToShow: true,
          },
    );
  return {
    ...result,
    byPersona: withhold(result.byPersona),
    byOrg: withhold(result.byOrg),
  };
}

/**
 * The one-line headline of a closed round, e.g. `NPS +23 (n=41, ±14) — round 'Q4 2026' closed`.
 *
 * @public
 */
export function surveyHeadline(options: {
  title: string;
  nps: number | null;
  n: number;
  marginOfError95: number | null;
}): string {
  const { title, nps, n, marginOfError95 } = options;
  const score =
    nps === null
      ? 'NPS — (no answers)'
      : `NPS ${formatNps(nps)} (n=${n}, ±${Math.round(marginOfError95 ?? 0)})`;
  return `${score} — round '${title}' closed`;
}

/**
 * An NPS as people write it: rounded, with its sign (`+23`, `-5`, `0`); `—` without answers.
 *
 * @public
 */
export function formatNps(nps: number | null): string {
  if (nps === null) {
    return '—';
  }
  const rounded = Math.round(nps);
  return rounded > 0 ? `+${rounded}` : String(rounded);
}
