import type { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import type {
  EntityCard,
  PlatformUsage,
  RoadmapItem,
} from '@platform-product/backstage-plugin-platform-product-common';
import type { ApiRef } from '@backstage/core-plugin-api';
import { adoptionReport, scorecard, sloReport } from './platformReports';
import { allFeatureApis } from '../featureApis';
import type { AdoptionApi } from '../features/adoption';
import type { AnnouncementsApi } from '../features/announcements';
import type { DataSourcesApi } from '../features/dataSources';
import type { DeprecationsApi } from '../features/deprecations';
import type { EntityCardApi } from '../features/entityCard';
import type { FeedbackApi } from '../features/feedback';
import type { GroupsApi } from '../features/groups';
import type { ObjectivesApi } from '../features/objectives';
import type { PlatformsApi } from '../features/platforms';
import type { PortfolioApi } from '../features/portfolio';
import type { RoadmapApi } from '../features/roadmap';
import type { ScorecardsApi } from '../features/scorecards';
import type { SlosApi } from '../features/slos';
import type { SurveysApi } from '../features/surveys';

/** Every feature API of the plugin in one object, as tests mock them. */
export type FeatureApis = PlatformsApi &
  ScorecardsApi &
  SlosApi &
  DataSourcesApi &
  AdoptionApi &
  EntityCardApi &
  SurveysApi &
  DeprecationsApi &
  RoadmapApi &
  FeedbackApi &
  ObjectivesApi &
  AnnouncementsApi &
  PortfolioApi &
  GroupsApi;

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

export { adoptionReport, scorecard, sloReport } from './platformReports';

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
    getDataSources: jest.fn().mockResolvedValue({
      platformRef: '',
      providers: [],
      pullIntervalMinutes: 5,
      items: [],
      computedAt: '',
    }),
    pullDataSources: jest.fn().mockRejectedValue(new Error('not mocked')),
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
    getRoadmapItemEvidence: jest.fn().mockResolvedValue({
      platformRef: '',
      itemId: '',
      summary: { count: 0, bySource: {}, personas: [], orgs: [] },
      items: null,
    }),
    addRoadmapItemEvidence: jest
      .fn()
      .mockRejectedValue(new Error('not mocked')),
    removeRoadmapItemEvidence: jest
      .fn()
      .mockRejectedValue(new Error('not mocked')),
    getCrossPlatformRoadmap: jest
      .fn()
      .mockResolvedValue({ items: [], platformTitles: {} }),
    getEntityRoadmap: jest
      .fn()
      .mockResolvedValue({ entityRef: '', personas: [], platforms: [] }),
    getEntityCard: jest.fn().mockResolvedValue(entityCardOf({})),
    invalidate: jest.fn(),
    getPortfolio: jest.fn().mockRejectedValue(new Error('not mocked')),
    exportPortfolio: jest.fn().mockResolvedValue(''),
    getPortfolioTrends: jest.fn().mockRejectedValue(new Error('not mocked')),
    getPortfolioGroupChildren: jest
      .fn()
      .mockResolvedValue({ groupRef: '', rows: [] }),
    getPortfolioCellTeams: jest.fn().mockRejectedValue(new Error('not mocked')),
    getGroupPlatforms: jest.fn().mockRejectedValue(new Error('not mocked')),
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

/** A roadmap item of the Deployment Platform, as the backend answers it, with `overrides`. */
export const roadmapItemOf = (
  overrides: Partial<RoadmapItem> = {},
): RoadmapItem => ({
  id: 'item',
  platformRef: 'system:default/deploy-platform',
  horizon: 'next',
  rank: 'i',
  title: 'Faster rollbacks',
  problem: 'Rolling back takes 20 minutes',
  hypothesis: 'We believe one-step rollback will cut MTTR, measured by MTTR',
  confidence: 'medium',
  status: 'committed',
  personas: ['persona:default/sre-oncall'],
  category: 'reliability',
  keyResultId: null,
  source: 'ui',
  fileId: null,
  version: 3,
  createdBy: 'user:default/noah-williams',
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedBy: 'user:default/noah-williams',
  updatedAt: '2026-11-20T10:00:00.000Z',
  shippedAt: null,
  keyResult: null,
  review: null,
  evidence: { count: 0, bySource: {}, personas: [], orgs: [] },
  ...overrides,
});
