import { Entity } from '@backstage/catalog-model';
import { PlatformGraph } from '../catalog/PlatformGraph';
import {
  formatNps,
  SurveyAnswer,
  SurveyPopulation,
  summarizeSurveyRound,
  surveyHeadline,
  withholdSmallSegments,
} from './surveyResults';
import { SURVEY_MIN_SEGMENT_RESPONSES } from './types';

const rel = (type: string, targetRef: string) => ({ type, targetRef });

const ENTITIES: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'org-a', namespace: 'default' },
    spec: { type: 'org', children: [] },
    relations: [rel('parentOf', 'group:default/team-a')],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'team-a', namespace: 'default' },
    spec: { type: 'team', children: [] },
    relations: [
      rel('childOf', 'group:default/org-a'),
      rel('hasMember', 'user:default/ann'),
      rel('hasMember', 'user:default/bob'),
    ],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'team-b', namespace: 'default' },
    spec: { type: 'team', children: [] },
    relations: [rel('hasMember', 'user:default/bob')],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'ann', namespace: 'default' },
    spec: {},
    relations: [rel('memberOf', 'group:default/team-a')],
  },
  {
    apiVersion: 'platform-product.dev/v1alpha1',
    kind: 'Persona',
    metadata: { name: 'builder', namespace: 'default' },
    spec: { jobsToBeDone: ['ship'], groups: ['org-a'] },
  },
  {
    apiVersion: 'platform-product.dev/v1alpha1',
    kind: 'Persona',
    metadata: { name: 'fixer', namespace: 'default' },
    spec: { jobsToBeDone: ['fix'] },
    relations: [rel('describesGroup', 'group:default/team-b')],
  },
];

describe('SurveyPopulation', () => {
  const population = SurveyPopulation.create(ENTITIES);

  it('records a member’s teams, the personas of those teams or groups above them, and their orgs', () => {
    expect(population.describe('user:default/ann')).toEqual({
      teamRefs: ['group:default/team-a'],
      personaRefs: ['persona:default/builder'],
      orgRefs: ['group:default/org-a'],
    });
    // bob is only known from the groups' hasMember side
    expect(population.describe('user:default/bob')).toEqual({
      teamRefs: ['group:default/team-a', 'group:default/team-b'],
      personaRefs: ['persona:default/builder', 'persona:default/fixer'],
      orgRefs: ['group:default/org-a'],
    });
    expect(population.describe('user:default/nobody')).toEqual({
      teamRefs: [],
      personaRefs: [],
      orgRefs: [],
    });
  });

  it('counts each person once across teams', () => {
    expect(
      [
        ...population.people(['group:default/team-a', 'group:default/team-b']),
      ].sort(),
    ).toEqual(['user:default/ann', 'user:default/bob']);
  });

  it('reads a graph built once as it reads the entities, split by the graph’s org types', () => {
    const graph = PlatformGraph.build(ENTITIES);
    expect(SurveyPopulation.create(graph).describe('user:default/bob')).toEqual(
      population.describe('user:default/bob'),
    );
    const byTeam = PlatformGraph.build(ENTITIES, { orgGroupTypes: ['team'] });
    expect(
      SurveyPopulation.create(byTeam).describe('user:default/ann').orgRefs,
    ).toEqual(['group:default/team-a']);
  });
});

describe('summarizeSurveyRound', () => {
  const answer = (
    score: number,
    personaRefs: string[],
    orgRefs: string[] = [],
  ): SurveyAnswer => ({ score, teamRefs: [], personaRefs, orgRefs });

  it('splits the NPS by persona and org, counts the distribution and the response rate', () => {
    const result = summarizeSurveyRound({
      answers: [
        answer(10, ['persona:default/a'], ['group:default/org']),
        answer(9, ['persona:default/a', 'persona:default/b']),
        answer(3, ['persona:default/b'], ['group:default/org']),
      ],
      people: 12,
      titles: ref => (ref === 'persona:default/a' ? 'A' : undefined),
    });
    expect(result).toMatchObject({
      n: 3,
      promoters: 2,
      detractors: 1,
      tooFewToRead: true,
      responseRate: { responses: 3, people: 12, ratio: 0.25 },
    });
    expect(result.nps).toBeCloseTo(100 / 3, 9);
    expect(result.distribution).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1]);
    expect(result.byPersona).toEqual([
      expect.objectContaining({ ref: 'persona:default/a', title: 'A', n: 2 }),
      expect.objectContaining({ ref: 'persona:default/b', n: 2, nps: 0 }),
    ]);
    expect(result.byPersona[0]).toMatchObject({ nps: 100 });
    expect(result.byPersona[1]).not.toHaveProperty('title');
    expect(result.byOrg).toEqual([
      expect.objectContaining({ ref: 'group:default/org', n: 2, nps: 0 }),
    ]);
  });

  it('is readable from 10 answers, and has no rate without people', () => {
    const result = summarizeSurveyRound({
      answers: Array.from({ length: 10 }, () => answer(8, [])),
      people: 0,
    });
    expect(result.tooFewToRead).toBe(false);
    expect(result.nps).toBe(0);
    expect(result.responseRate.ratio).toBeNull();
  });
});

describe('withholdSmallSegments', () => {
  const answer = (score: number, orgRefs: string[]): SurveyAnswer => ({
    score,
    teamRefs: [],
    personaRefs: ['persona:default/builder'],
    orgRefs,
  });
  // One detractor alone in org-solo; four more in org-four; the builder persona counts all five.
  const result = summarizeSurveyRound({
    answers: [
      answer(2, ['group:default/org-solo']),
      ...[10, 9, 8, 7].map(score => answer(score, ['group:default/org-four'])),
    ],
    people: 20,
    titles: ref => (ref === 'group:default/org-solo' ? 'Solo org' : undefined),
  });

  it('shows a segment from five answers, and below that only names it as too few to show', () => {
    expect(SURVEY_MIN_SEGMENT_RESPONSES).toBe(5);
    const shown = withholdSmallSegments(result);
    expect(shown.byPersona).toEqual([
      expect.objectContaining({
        ref: 'persona:default/builder',
        n: 5,
        tooFewToShow: false,
      }),
    ]);
    expect(shown.byOrg).toEqual([
      { ref: 'group:default/org-four', tooFewToShow: true },
      { ref: 'group:default/org-solo', title: 'Solo org', tooFewToShow: true },
    ]);
  });

  it('keeps the round’s own figures, and the counts in the full result', () => {
    const shown = withholdSmallSegments(result);
    expect({ ...shown, byPersona: [], byOrg: [] }).toEqual({
      ...result,
      byPersona: [],
      byOrg: [],
    });
    expect(result.byOrg.map(org => [org.ref, org.tooFewToShow])).toEqual([
      ['group:default/org-four', false],
      ['group:default/org-solo', false],
    ]);
  });

  it('takes another minimum, and leaves a segment already withheld as it is', () => {
    const shown = withholdSmallSegments(result, { minimum: 4 });
    expect(shown.byOrg.map(org => [org.ref, org.tooFewToShow])).toEqual([
      ['group:default/org-four', false],
      ['group:default/org-solo', true],
    ]);
    expect(withholdSmallSegments(shown, { minimum: 1 }).byOrg).toEqual(
      shown.byOrg,
    );
  });
});

describe('formatNps', () => {
  it.each([
    [23.4, '+23'],
    [-4.6, '-5'],
    [0, '0'],
    [null, '—'],
  ])('writes %p as %p', (nps, text) => {
    expect(formatNps(nps)).toBe(text);
  });
});

describe('surveyHeadline', () => {
  it('signs the score and rounds it with its margin', () => {
    expect(
      surveyHeadline({
        title: 'Q4 2026',
        nps: 23.4,
        n: 41,
        marginOfError95: 14.2,
      }),
    ).toBe("NPS +23 (n=41, ±14) — round 'Q4 2026' closed");
    expect(
      surveyHeadline({ title: 'Q1', nps: null, n: 0, marginOfError95: null }),
    ).toBe("NPS — (no answers) — round 'Q1' closed");
  });
});
