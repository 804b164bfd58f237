import { parseEntityRef } from '@backstage/catalog-model';
import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  AdoptionReport,
  DeprecationDetail,
  DeprecationException,
  DeprecationExceptionAuditEntry,
  DeprecationExceptionDecision,
  DeprecationExceptionRequest,
  DeprecationList,
  EntityDeprecations,
  EntityPlatforms,
  IngestResult,
  MetricPointInput,
  PlatformList,
  Scorecard,
  SloReport,
} from '@platform-product/backstage-plugin-platform-product-common';
import type {
  Announcement,
  AnnouncementInput,
  AnnouncementList,
  EntityAnnouncements,
  FollowState,
  KeyResult,
  KeyResultInput,
  Objective,
  ObjectiveInput,
  ObjectiveList,
} from '@platform-product/backstage-plugin-platform-product-common';
import type {
  SurveyAnswerInput,
  SurveyComments,
  SurveyPrompt,
  SurveyResults,
  SurveyRound,
  SurveyRoundInput,
} from '@platform-product/backstage-plugin-platform-product-common';
import type {
  CrossPlatformRoadmap,
  EntityRoadmap,
  InvestmentMix,
  RoadmapBoard,
  RoadmapHorizon,
  RoadmapImportStatus,
  RoadmapItem,
  RoadmapItemFields,
  RoadmapItemHistory,
  RoadmapOutcome,
} from '@platform-product/backstage-plugin-platform-product-common';
import type { RoadmapFilters } from './RoadmapApi';
import type {
  PlatformProductApi,
  PlatformProductDayRange,
  PlatformProductEntityRef,
} from './PlatformProductApi';

/** `kind/namespace/name` of an entity, each part encoded, as the backend's routes expect it. */
function entityPath(entityRef: PlatformProductEntityRef): string {
  const { kind, namespace, name } =
    typeof entityRef === 'string' ? parseEntityRef(entityRef) : entityRef;
  return [kind.toLocaleLowerCase('en-US'), namespace, name]
    .map(part => encodeURIComponent(part))
    .join('/');
}

/** The path of one roadmap item of a platform. */
function roadmapItemPath(options: {
  entityRef: PlatformProductEntityRef;
  itemId: string;
}): string {
  return `/platforms/${entityPath(
    options.entityRef,
  )}/roadmap/items/${encodeURIComponent(options.itemId)}`;
}

/** A request with a JSON body. */
function jsonBody(method: string, body: unknown): RequestInit {
  return {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  };
}

function dayRangeQuery(range: PlatformProductDayRange): string {
  const params = new URLSearchParams();
  if (range.from) {
    params.set('from', range.from);
  }
  if (range.to) {
    params.set('to', range.to);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Talks to the Platform Product backend through the app's discovery and fetch APIs, so that
 * requests carry the signed-in user's credentials.
 *
 * @public
 */
export class PlatformProductClient implements PlatformProductApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  listPlatforms(): Promise<PlatformList> {
    return this.request('/platforms');
  }

  getScorecard(
    options: { entityRef: PlatformProductEntityRef } & PlatformProductDayRange,
  ): Promise<Scorecard> {
    return this.request(
      `/platforms/${entityPath(options.entityRef)}/scorecard${dayRangeQuery(
        options,
      )}`,
    );
  }

  getSlos(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<SloReport> {
    return this.request(`/platforms/${entityPath(options.entityRef)}/slos`);
  }

  getAdoption(
    options: { entityRef: PlatformProductEntityRef } & PlatformProductDayRange,
  ): Promise<AdoptionReport> {
    return this.request(
      `/platforms/${entityPath(options.entityRef)}/adoption${dayRangeQuery(
        options,
      )}`,
    );
  }

  refreshAdoption(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<AdoptionReport> {
    return this.request(
      `/platforms/${entityPath(options.entityRef)}/adoption/refresh`,
      { method: 'POST' },
    );
  }

  getEntityPlatforms(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<EntityPlatforms> {
    return this.request(`/entities/${entityPath(options.entityRef)}/platforms`);
  }

  ingestMetrics(options: {
    points: MetricPointInput[];
  }): Promise<IngestResult> {
    return this.request('/metrics', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ points: options.points }),
    });
  }

  listDeprecations(): Promise<DeprecationList> {
    return this.request('/deprecations');
  }

  getDeprecation(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<DeprecationDetail> {
    return this.request(`/deprecations/${entityPath(options.entityRef)}`);
  }

  getEntityDeprecations(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<EntityDeprecations> {
    return this.request(
      `/entities/${entityPath(options.entityRef)}/deprecations`,
    );
  }

  requestDeprecationException(options: {
    deprecationRef: PlatformProductEntityRef;
    request: DeprecationExceptionRequest;
  }): Promise<DeprecationException> {
    return this.request(
      `/deprecations/${entityPath(options.deprecationRef)}/exceptions`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(options.request),
      },
    );
  }

  decideDeprecationException(options: {
    deprecationRef: PlatformProductEntityRef;
    exceptionId: string;
    decision: DeprecationExceptionDecision;
  }): Promise<DeprecationException> {
    return this.request(
      `/deprecations/${entityPath(
        options.deprecationRef,
      )}/exceptions/${encodeURIComponent(options.exceptionId)}/decision`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(options.decision),
      },
    );
  }

  getDeprecationExceptionAudit(options: {
    deprecationRef: PlatformProductEntityRef;
    exceptionId: string;
  }): Promise<{ items: DeprecationExceptionAuditEntry[] }> {
    return this.request(
      `/deprecations/${entityPath(
        options.deprecationRef,
      )}/exceptions/${encodeURIComponent(options.exceptionId)}/audit`,
    );
  }

  listObjectives(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<ObjectiveList> {
    return this.request(
      `/platforms/${entityPath(options.entityRef)}/objectives`,
    );
  }

  createObjective(options: {
    entityRef: PlatformProductEntityRef;
    objective: ObjectiveInput;
  }): Promise<Objective> {
    return this.send(
      'POST',
      `/platforms/${entityPath(options.entityRef)}/objectives`,
      options.objective,
    );
  }

  updateObjective(options: {
    entityRef: PlatformProductEntityRef;
    objectiveId: string;
    objective: ObjectiveInput;
  }): Promise<Objective> {
    return this.send(
      'PUT',
      `/platforms/${entityPath(
        options.entityRef,
      )}/objectives/${encodeURIComponent(options.objectiveId)}`,
      options.objective,
    );
  }

  async deleteObjective(options: {
    entityRef: PlatformProductEntityRef;
    objectiveId: string;
    version: number;
  }): Promise<void> {
    await this.send(
      'DELETE',
      `/platforms/${entityPath(
        options.entityRef,
      )}/objectives/${encodeURIComponent(options.objectiveId)}?version=${
        options.version
      }`,
    );
  }

  createKeyResult(options: {
    entityRef: PlatformProductEntityRef;
    objectiveId: string;
    keyResult: KeyResultInput;
  }): Promise<KeyResult> {
    return this.send(
      'POST',
      `/platforms/${entityPath(
        options.entityRef,
      )}/objectives/${encodeURIComponent(options.objectiveId)}/key-results`,
      options.keyResult,
    );
  }

  updateKeyResult(options: {
    entityRef: PlatformProductEntityRef;
    keyResultId: string;
    keyResult: KeyResultInput;
  }): Promise<KeyResult> {
    return this.send(
      'PUT',
      `/platforms/${entityPath(
        options.entityRef,
      )}/key-results/${encodeURIComponent(options.keyResultId)}`,
      options.keyResult,
    );
  }

  async deleteKeyResult(options: {
    entityRef: PlatformProductEntityRef;
    keyResultId: string;
    version: number;
  }): Promise<void> {
    await this.send(
      'DELETE',
      `/platforms/${entityPath(
        options.entityRef,
      )}/key-results/${encodeURIComponent(options.keyResultId)}?version=${
        options.version
      }`,
    );
  }

  listAnnouncements(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<AnnouncementList> {
    return this.request(
      `/platforms/${entityPath(options.entityRef)}/announcements`,
    );
  }

  postAnnouncement(options: {
    entityRef: PlatformProductEntityRef;
    announcement: AnnouncementInput;
  }): Promise<Announcement> {
    return this.send(
      'POST',
      `/platforms/${entityPath(options.entityRef)}/announcements`,
      options.announcement,
    );
  }

  editAnnouncement(options: {
    entityRef: PlatformProductEntityRef;
    announcementId: string;
    announcement: AnnouncementInput;
  }): Promise<Announcement> {
    return this.send(
      'PUT',
      `/platforms/${entityPath(
        options.entityRef,
      )}/announcements/${encodeURIComponent(options.announcementId)}`,
      options.announcement,
    );
  }

  async deleteAnnouncement(options: {
    entityRef: PlatformProductEntityRef;
    announcementId: string;
    version: number;
  }): Promise<void> {
    await this.send(
      'DELETE',
      `/platforms/${entityPath(
        options.entityRef,
      )}/announcements/${encodeURIComponent(options.announcementId)}?version=${
        options.version
      }`,
    );
  }

  getFollowState(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<FollowState> {
    return this.request(`/platforms/${entityPath(options.entityRef)}/follow`);
  }

  setFollowing(options: {
    entityRef: PlatformProductEntityRef;
    following: boolean;
  }): Promise<FollowState> {
    return this.send(
      options.following ? 'PUT' : 'DELETE',
      `/platforms/${entityPath(options.entityRef)}/follow`,
    );
  }

  getEntityAnnouncements(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<EntityAnnouncements> {
    return this.request(
      `/entities/${entityPath(options.entityRef)}/announcements`,
    );
  }

  async getSurveyPrompt(options?: {
    platformRef?: string;
  }): Promise<SurveyPrompt | null> {
    const query = options?.platformRef
      ? `?platformRef=${encodeURIComponent(options.platformRef)}`
      : '';
    const { prompt } = await this.request<{ prompt: SurveyPrompt | null }>(
      `/surveys/prompt${query}`,
    );
    return prompt;
  }

  dismissSurveyPrompt(options: { roundId: string }): Promise<void> {
    return this.send(
      'POST',
      `/surveys/rounds/${encodeURIComponent(options.roundId)}/dismiss`,
    );
  }

  snoozeSurveyPrompt(options: {
    roundId: string;
    days: number;
  }): Promise<void> {
    return this.send(
      'POST',
      `/surveys/rounds/${encodeURIComponent(options.roundId)}/snooze`,
      { days: options.days },
    );
  }

  answerSurvey(options: {
    entityRef: PlatformProductEntityRef;
    roundId: string;
    answer: SurveyAnswerInput;
  }): Promise<void> {
    return this.send(
      'POST',
      `${this.roundPath(options)}/responses`,
      options.answer,
    );
  }

  getSurveyResults(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<SurveyResults> {
    return this.request(
      `/platforms/${entityPath(options.entityRef)}/surveys/results`,
    );
  }

  openSurveyRound(options: {
    entityRef: PlatformProductEntityRef;
    round: SurveyRoundInput;
  }): Promise<SurveyRound> {
    return this.send(
      'POST',
      `/platforms/${entityPath(options.entityRef)}/surveys/rounds`,
      options.round,
    );
  }

  closeSurveyRound(options: {
    entityRef: PlatformProductEntityRef;
    roundId: string;
  }): Promise<SurveyRound> {
    return this.send('POST', `${this.roundPath(options)}/close`);
  }

  getSurveyComments(options: {
    entityRef: PlatformProductEntityRef;
    roundId: string;
  }): Promise<SurveyComments> {
    return this.request(`${this.roundPath(options)}/comments`);
  }

  async exportSurveyComments(options: {
    entityRef: PlatformProductEntityRef;
    roundId: string;
  }): Promise<string> {
    const baseUrl = await this.discoveryApi.getBaseUrl('platform-product');
    const response = await this.fetchApi.fetch(
      `${baseUrl}${this.roundPath(options)}/responses.csv`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.text();
  }

  private roundPath(options: {
    entityRef: PlatformProductEntityRef;
    roundId: string;
  }): string {
    return `/platforms/${entityPath(
      options.entityRef,
    )}/surveys/rounds/${encodeURIComponent(options.roundId)}`;
  }

  /** A write: the body as JSON; an answer without content (204) resolves to undefined. */
  private async send<T>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('platform-product');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : {
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          }),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (response.status === 204 ? undefined : await response.json()) as T;
  }

  getRoadmapBoard(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<RoadmapBoard> {
    return this.request(`/platforms/${entityPath(options.entityRef)}/roadmap`);
  }

  createRoadmapItem(options: {
    entityRef: PlatformProductEntityRef;
    item: RoadmapItemFields & { horizon: RoadmapHorizon; position?: number };
  }): Promise<RoadmapItem> {
    return this.request(
      `/platforms/${entityPath(options.entityRef)}/roadmap/items`,
      jsonBody('POST', options.item),
    );
  }

  updateRoadmapItem(options: {
    entityRef: PlatformProductEntityRef;
    itemId: string;
    version: number;
    changes: Partial<RoadmapItemFields>;
  }): Promise<RoadmapItem> {
    return this.request(
      roadmapItemPath(options),
      jsonBody('PATCH', { version: options.version, ...options.changes }),
    );
  }

  moveRoadmapItem(options: {
    entityRef: PlatformProductEntityRef;
    itemId: string;
    version: number;
    horizon: RoadmapHorizon;
    position: number;
  }): Promise<RoadmapItem> {
    const { version, horizon, position } = options;
    return this.request(
      `${roadmapItemPath(options)}/move`,
      jsonBody('POST', { version, horizon, position }),
    );
  }

  reviewRoadmapItem(options: {
    entityRef: PlatformProductEntityRef;
    itemId: string;
    version: number;
    outcome: RoadmapOutcome;
    notes?: string;
  }): Promise<RoadmapItem> {
    const { version, outcome, notes } = options;
    return this.request(
      `${roadmapItemPath(options)}/review`,
      jsonBody('POST', { version, outcome, ...(notes ? { notes } : {}) }),
    );
  }

  getRoadmapItemHistory(options: {
    entityRef: PlatformProductEntityRef;
    itemId: string;
  }): Promise<RoadmapItemHistory> {
    return this.request(`${roadmapItemPath(options)}/history`);
  }

  setInvestmentMix(options: {
    entityRef: PlatformProductEntityRef;
    mix: InvestmentMix;
  }): Promise<RoadmapBoard> {
    return this.request(
      `/platforms/${entityPath(options.entityRef)}/roadmap/investment-mix`,
      jsonBody('PUT', { mix: options.mix }),
    );
  }

  importRoadmap(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<RoadmapImportStatus> {
    return this.request(
      `/platforms/${entityPath(options.entityRef)}/roadmap/import`,
      { method: 'POST' },
    );
  }

  async exportRoadmap(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<string> {
    const baseUrl = await this.discoveryApi.getBaseUrl('platform-product');
    const response = await this.fetchApi.fetch(
      `${baseUrl}/platforms/${entityPath(options.entityRef)}/roadmap.yaml`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.text();
  }

  getCrossPlatformRoadmap(
    filters: RoadmapFilters,
  ): Promise<CrossPlatformRoadmap> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) {
      if (value) params.set(key, value);
    }
    const query = params.toString();
    return this.request(`/roadmap${query ? `?${query}` : ''}`);
  }

  getEntityRoadmap(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<EntityRoadmap> {
    return this.request(`/entities/${entityPath(options.entityRef)}/roadmap`);
  }

  private async request<T>(path: string, init?: RequestInit): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('platform-product');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.json();
  }
}
