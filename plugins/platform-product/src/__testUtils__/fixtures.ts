import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type {
  AdoptionReport,
  EntityCard,
  PlatformUsage,
  Scorecard,
  SloReport,
} from '@platform-product/backstage-plugin-platform-product-common';
import type { ApiRef } from '@backstage/core-plugin-api';
import { allFeatureApis } from '../featureApis';
import type { AdoptionApi } from '../features/adoption';
import type { AnnouncementsApi } from '../features/announcements';
import type { DeprecationsApi } from '../features/deprecations';
import type { EntityCardApi } from '../features/entityCard';
import type { ObjectivesApi } from '../features/objectives';
import type { PlatformsApi } from '../features/platforms';
import type { RoadmapApi } from '../features/roadmap';
import type { ScorecardsApi } from '../features/scorecards';
import type { SlosApi } from '../features/slos';
import type { SurveysApi } from '../features/surveys';

/** Every feature API of the plugin in one object, as tests mock them. */
export type FeatureApis = PlatformsApi &
  ScorecardsApi &
  SlosApi &
  AdoptionApi &
  EntityCardApi &
  SurveysApi &
  DeprecationsApi &
  RoadmapApi &
  ObjectivesApi &
  AnnouncementsApi;

/** A service that relies on platforms. */
export const serviceEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout', namespace: 'default', title: 'Checkout' },
  spec: { type: 'service', owner: 'team-payments', lifecycle: 'production' },
};

/** A platform product owned by group:default/team-delivery. */
export const platformEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'deploy-platform', namespace: 'default' },
  spec: {
    owner: 'team-delivery',
    platform: {
      category: 'deployment',
      personas: ['feature-engineer'],
      hoursSavedPerTeamPerMonth: 6,
    },
  },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/team-delivery' }],
};

export const deployPlatformUsage: PlatformUsage = {
  platformRef: 'system:default/deploy-platform',
  title: 'Deploy platform',
  category: 'deployment',
  via: [
    {
      consumerRef: 'component:default/checkout',
      partRefs: ['api:default/deploy-api'],
    },
  ],
  health: 'at-risk',
  slos: [
    {
      name: 'deploy-latency',
      displayName: 'Deploy latency',
      target: 0.99,
      attainment: 0.995,
      budgetRemaining: 0.5,
      health: 'healthy',
    },
    {
      name: 'deploy-api-availability',
      displayName: 'Deploy API availability',
      target: 0.999,
      attainment: 0.9991,
      budgetRemaining: 0.12,
      health: 'at-risk',
    },
  ],
  support: {
    channel: '#deploy-help',
    url: 'https://chat.example.com/deploy-help',
    hours: 'business',
    responseTimes: { p1: '15m', p2: '4h' },
  },
  links: [],
};

export const loggingPlatformUsage: PlatformUsage = {
  platformRef: 'system:default/logging',
  title: 'Logging',
  category: 'logging',
  via: [
    {
      consumerRef: 'system:default/shop',
      partRefs: ['api:default/log-ingest'],
    },
  ],
  health: 'no-data',
  slos: [],
  support: null,
  links: [],
};

const history = (values: Array<number | null>) =>
  values.map((value, index) => ({
    day: `2025-03-0${index + 1}`,
    value,
    status: value === null ? ('no-data' as const) : ('met' as const),
  }));

/** Returned out of the product's order, as a backend is free to. */
export const scorecard: Scorecard = {
  entityRef: 'system:default/deploy-platform',
  from: '2025-03-01',
  to: '2025-03-03',
  kpis: [
    {
      kpi: 'mttr',
      title: 'Mean time to restore',
      unit: 'minutes',
      direction: 'at-most',
      value: 42,
      target: 30,
      status: 'missed',
      history: history([25, 35, 42]),
    },
    {
      kpi: 'adoption',
      title: 'Adoption',
      unit: 'fraction',
      direction: 'at-least',
      value: 0.35,
      target: 0.7,
      status: 'at-risk',
      history: history([0.3, 0.32, 0.35]),
    },
    {
      kpi: 'nps',
      title: 'Net promoter score',
      unit: 'score',
      direction: 'at-least',
      value: null,
      target: 30,
      status: 'no-data',
      history: history([null, null, null]),
    },
    {
      kpi: 'availability',
      title: 'Availability',
      unit: 'fraction',
      direction: 'at-least',
      value: 0.9991,
      target: 0.995,
      status: 'met',
      history: history([0.999, null, 0.9991]),
    },
  ],
  capacityUnlockedHoursPerMonth: 42,
  computedAt: '2025-03-03T06:00:00.000Z',
};

export const sloReport: SloReport = {
  entityRef: 'system:default/deploy-platform',
  health: 'at-risk',
  items: [
    {
      name: 'deploy-api-availability',
      displayName: 'Deploy API availability',
      description: 'Deploy requests that succeed',
      target: 0.999,
      window: {
        duration: '30d',
        isRolling: true,
        from: '2025-02-01T00:00:00.000Z',
        to: '2025-03-03T00:00:00.000Z',
      },
      budgetingMethod: 'Occurrences',
      attainment: 0.9991,
      budget: { allowedBad: 1000, bad: 880, consumed: 0.88, remaining: 0.12 },
      health: 'at-risk',
      alertState: 'page',
      burnRates: [
        {
          severity: 'page',
          longWindow: '1h',
          shortWindow: '5m',
          threshold: 14.4,
          budgetSpent: 0.02,
          longBurnRate: 15.2,
          shortBurnRate: 16,
          firing: true,
        },
        {
          severity: 'ticket',
          longWindow: '3d',
          shortWindow: '6h',
          threshold: 1,
          budgetSpent: 0.1,
          longBurnRate: null,
          shortBurnRate: 0.4,
          firing: false,
        },
      ],
      allowance: { badEventsRemaining: 120, downtimeRemainingMs: 311_040 },
      lastPointAt: '2025-03-03T05:55:00.000Z',
    },
  ],
};

const teams = (
  adopting: number,
  audience: number,
  ratio: number | null,
  stage: AdoptionReport['teams']['stage'],
) => ({
  adopting,
  audience,
  ratio,
  stage,
  adoptingRefs: [],
  nonAdoptingRefs: [],
});

export const adoptionReport: AdoptionReport = {
  entityRef: 'system:default/deploy-platform',
  teams: {
    adopting: 7,
    audience: 20,
    ratio: 0.35,
    stage: 'early-majority',
    adoptingRefs: ['group:default/team-payments', 'group:default/team-search'],
    nonAdoptingRefs: ['group:default/team-data'],
  },
  services: { adopting: 12, total: 40, ratio: 0.3 },
  byPersona: [
    {
      personaRef: 'persona:default/feature-engineer',
      title: 'Feature engineer',
      found: true,
      teams: teams(6, 12, 0.5, 'late-majority'),
    },
    {
      personaRef: 'persona:default/data-scientist',
      found: false,
      teams: teams(0, 0, null, null),
    },
  ],
  byOrg: [
    {
      orgRef: 'group:default/engineering',
      title: 'Engineering',
      teams: teams(7, 18, 0.3889, 'early-majority'),
    },
  ],
  trend: [
    {
      day: '2025-03-01',
      adoptingTeams: 5,
      audienceTeams: 20,
      ratio: 0.25,
      adoptingServices: 9,
      totalServices: 40,
    },
    {
      day: '2025-03-02',
      adoptingTeams: 7,
      audienceTeams: 20,
      ratio: 0.35,
      adoptingServices: 12,
      totalServices: 40,
    },
  ],
  capacityUnlockedHoursPerMonth: 42,
  computedAt: '2025-03-03T06:00:00.000Z',
};

/**
 * Every feature API of the plugin as one object whose every method is a jest mock; pass the answers
 * a test needs. {@link featureApiPairs} provides it under each feature's ApiRef.
 */
export function mockPlatformProductApi(
  overrides: Partial<jest.Mocked<FeatureApis>> = {},
): jest.Mocked<FeatureApis> {
  return {
    listPlatforms: jest.fn().mockResolvedValue({ items: [] }),
    getScorecard: jest.fn().mockResolvedValue(scorecard),
    getSlos: jest.fn().mockResolvedValue(sloReport),
    getAdoption: jest.fn().mockResolvedValue(adoptionReport),
    refreshAdoption: jest.fn().mockResolvedValue(adoptionReport),
    getEntityPlatforms: jest
      .fn()
      .mockResolvedValue({ entityRef: '', items: [] }),
    ingestMetrics: jest.fn().mockResolvedValue({ received: 0, entities: 0 }),
    listDeprecations: jest.fn().mockResolvedValue({ items: [] }),
    getDeprecation: jest.fn().mockRejectedValue(new Error('not mocked')),
    getEntityDeprecations: jest
      .fn()
      .mockResolvedValue({ entityRef: '', items: [] }),
    requestDeprecationException: jest
      .fn()
      .mockRejectedValue(new Error('not mocked')),
    decideDeprecationException: jest
      .fn()
      .mockRejectedValue(new Error('not mocked')),
    getDeprecationExceptionAudit: jest.fn().mockResolvedValue({ items: [] }),
    listObjectives: jest
      .fn()
      .mockResolvedValue({ platformRef: '', items: [], computedAt: '' }),
    createObjective: jest.fn().mockRejectedValue(new Error('not mocked')),
    updateObjective: jest.fn().mockRejectedValue(new Error('not mocked')),
    deleteObjective: jest.fn().mockResolvedValue(undefined),
    createKeyResult: jest.fn().mockRejectedValue(new Error('not mocked')),
    updateKeyResult: jest.fn().mockRejectedValue(new Error('not mocked')),
    deleteKeyResult: jest.fn().mockResolvedValue(undefined),
    listAnnouncements: jest
      .fn()
      .mockResolvedValue({ platformRef: '', items: [] }),
    postAnnouncement: jest.fn().mockRejectedValue(new Error('not mocked')),
    editAnnouncement: jest.fn().mockRejectedValue(new Error('not mocked')),
    deleteAnnouncement: jest.fn().mockResolvedValue(undefined),
    getFollowState: jest
      .fn()
      .mockResolvedValue({ platformRef: '', following: false, followers: 0 }),
    setFollowing: jest.fn().mockRejectedValue(new Error('not mocked')),
    getEntityAnnouncements: jest
      .fn()
      .mockResolvedValue({ entityRef: '', items: [] }),
    getSurveyPrompt: jest.fn().mockResolvedValue(null),
    dismissSurveyPrompt: jest.fn().mockResolvedValue(undefined),
    snoozeSurveyPrompt: jest.fn().mockResolvedValue(undefined),
    answerSurvey: jest.fn().mockResolvedValue(undefined),
    getSurveyResults: jest.fn().mockResolvedValue({
      platformRef: '',
      canReadFeedback: false,
      rounds: [],
      trend: [],
    }),
    openSurveyRound: jest.fn().mockRejectedValue(new Error('not mocked')),
    closeSurveyRound: jest.fn().mockRejectedValue(new Error('not mocked')),
    getSurveyComments: jest.fn().mockResolvedValue({ roundId: '', items: [] }),
    exportSurveyComments: jest.fn().mockResolvedValue(''),
    getRoadmapBoard: jest.fn().mockResolvedValue({
      platformRef: '',
      title: '',
      file: null,
      horizons: { now: [], next: [], later: [] },
      dropped: [],
      investmentMix: { intended: null, source: null, rows: [] },
      import: null,
    }),
    createRoadmapItem: jest.fn().mockRejectedValue(new Error('not mocked')),
    updateRoadmapItem: jest.fn().mockRejectedValue(new Error('not mocked')),
    moveRoadmapItem: jest.fn().mockRejectedValue(new Error('not mocked')),
    reviewRoadmapItem: jest.fn().mockRejectedValue(new Error('not mocked')),
    getRoadmapItemHistory: jest
      .fn()
      .mockResolvedValue({ itemId: '', entries: [] }),
    setInvestmentMix: jest.fn().mockRejectedValue(new Error('not mocked')),
    importRoadmap: jest.fn().mockRejectedValue(new Error('not mocked')),
    exportRoadmap: jest.fn().mockResolvedValue(''),
    getCrossPlatformRoadmap: jest
      .fn()
      .mockResolvedValue({ items: [], platformTitles: {} }),
    getEntityRoadmap: jest
      .fn()
      .mockResolvedValue({ entityRef: '', personas: [], platforms: [] }),
    getEntityCard: jest.fn().mockResolvedValue(entityCardOf({})),
    invalidate: jest.fn(),
    ...overrides,
  };
}

/** `api` under the ApiRef of every feature, for `TestApiProvider` or `renderInTestApp`. */
export function featureApiPairs(
  api: Partial<FeatureApis>,
): Array<[ApiRef<object>, object]> {
  return allFeatureApis.map(({ api: ref }) => [ref as ApiRef<object>, api]);
}

/** The service card of checkout: nothing in it unless given. */
export function entityCardOf(card: Partial<EntityCard>): EntityCard {
  return {
    entityRef: 'component:default/checkout',
    platforms: [],
    roadmap: { personas: [], platforms: [] },
    announcements: [],
    surveyPrompt: null,
    deprecations: [],
    ...card,
  };
}

/** The error the client throws for a backend error answer, built from a real response. */
export function responseError(
  status: number,
  statusText: string,
  message: string,
): Promise<ResponseError> {
  const name = status === 403 ? 'NotAllowedError' : 'Error';
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name, message },
        request: { method: 'GET', url: '/api/platform-product' },
        response: { statusCode: status },
      }),
      {
        status,
        statusText,
        headers: { 'Content-Type': 'application/json' },
      },
    ),
  );
}
