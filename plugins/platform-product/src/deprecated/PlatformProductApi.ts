import { createApiRef } from '@backstage/core-plugin-api';
import type {
  SurveyAnswerInput,
  SurveyComments,
  SurveyPrompt,
  SurveyResults,
  SurveyRound,
  SurveyRoundInput,
} from '@platform-product/backstage-plugin-platform-product-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';
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
import type { ObjectivesAndAnnouncementsApi } from './ObjectivesAndAnnouncementsApi';
import type { RoadmapApi } from './RoadmapApi';

/**
 * A catalog entity, as a ref string (`system:default/deploy-platform`) or as its parts.
 *
 * @public
 */
export type PlatformProductEntityRef = string | CompoundEntityRef;

/**
 * A range of days for the history of a scorecard or of adoption. Both ends are `YYYY-MM-DD`
 * and optional: the backend defaults to the 30 days up to today (UTC).
 *
 * @public
 */
export interface PlatformProductDayRange {
  from?: string;
  to?: string;
}

/**
 * The Platform Product backend, one method per route of its REST API
 * (plugins/platform-product-backend/src/schema/openapi.yaml). Every method rejects with a
 * `ResponseError` from `@backstage/errors` when the backend answers with an error.
 *
 * @public
 */
export interface PlatformProductApi
  extends ObjectivesAndAnnouncementsApi,
    RoadmapApi {
  /** Every platform product in the catalog, with a short summary (`GET /platforms`). */
  listPlatforms(): Promise<PlatformList>;

  /** A platform's balanced scorecard with daily history (`GET /platforms/{ref}/scorecard`). */
  getScorecard(
    options: { entityRef: PlatformProductEntityRef } & PlatformProductDayRange,
  ): Promise<Scorecard>;

  /** Attainment, error budget, burn rates and alert state of each SLO (`GET /platforms/{ref}/slos`). */
  getSlos(options: { entityRef: PlatformProductEntityRef }): Promise<SloReport>;

  /** Adoption now, per persona and org, and its daily trend (`GET /platforms/{ref}/adoption`). */
  getAdoption(
    options: { entityRef: PlatformProductEntityRef } & PlatformProductDayRange,
  ): Promise<AdoptionReport>;

  /**
   * Recomputes adoption and the scorecard now (`POST /platforms/{ref}/adoption/refresh`). Only the
   * platform's owners may; others get a 403 whose message says so.
   */
  refreshAdoption(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<AdoptionReport>;

  /** Each platform an entity relies on, with its SLO health and support (`GET /entities/{ref}/platforms`). */
  getEntityPlatforms(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<EntityPlatforms>;

  /** Stores a batch of metric points (`POST /metrics`); the backend accepts service credentials only. */
  ingestMetrics(options: { points: MetricPointInput[] }): Promise<IngestResult>;

  /** Every active deprecation with consumers remaining, violations, exceptions and trend (`GET /deprecations`). */
  listDeprecations(): Promise<DeprecationList>;

  /** One deprecation: consumers by team, exceptions (`GET /deprecations/{ref}`). */
  getDeprecation(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<DeprecationDetail>;

  /** The deprecations an entity consumes, with its exceptions (`GET /entities/{ref}/deprecations`). */
  getEntityDeprecations(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<EntityDeprecations>;

  /**
   * Requests an exception for a consumer (`POST /deprecations/{ref}/exceptions`); owners of the
   * consumer only.
   */
  requestDeprecationException(options: {
    deprecationRef: PlatformProductEntityRef;
    request: DeprecationExceptionRequest;
  }): Promise<DeprecationException>;

  /**
   * Approves or denies an exception (`POST /deprecations/{ref}/exceptions/{id}/decision`); owners
   * of the deprecated entity only.
   */
  decideDeprecationException(options: {
    deprecationRef: PlatformProductEntityRef;
    exceptionId: string;
    decision: DeprecationExceptionDecision;
  }): Promise<DeprecationException>;

  /** Who requested and decided an exception (`GET /deprecations/{ref}/exceptions/{id}/audit`). */
  getDeprecationExceptionAudit(options: {
    deprecationRef: PlatformProductEntityRef;
    exceptionId: string;
  }): Promise<{ items: DeprecationExceptionAuditEntry[] }>;

  /**
   * The one survey round the signed-in user should be asked about now, or null
   * (`GET /surveys/prompt`); with `platformRef`, only a round of that platform.
   */
  getSurveyPrompt(options?: {
    platformRef?: string;
  }): Promise<SurveyPrompt | null>;

  /** The signed-in user is not asked about this round again (`POST /surveys/rounds/{id}/dismiss`). */
  dismissSurveyPrompt(options: { roundId: string }): Promise<void>;

  /** Asks the signed-in user again after `days` days (`POST /surveys/rounds/{id}/snooze`). */
  snoozeSurveyPrompt(options: { roundId: string; days: number }): Promise<void>;

  /** Answers a round; a second answer replaces the first (`POST /platforms/{ref}/surveys/rounds/{id}/responses`). */
  answerSurvey(options: {
    entityRef: PlatformProductEntityRef;
    roundId: string;
    answer: SurveyAnswerInput;
  }): Promise<void>;

  /** Every round with its results and the NPS trend (`GET /platforms/{ref}/surveys/results`). */
  getSurveyResults(options: {
    entityRef: PlatformProductEntityRef;
  }): Promise<SurveyResults>;

  /** Opens a round (`POST /platforms/{ref}/surveys/rounds`); owners only. */
  openSurveyRound(options: {
    entityRef: PlatformProductEntityRef;
    round: SurveyRoundInput;
  }): Promise<SurveyRound>;

  /** Closes an open round now (`POST /platforms/{ref}/surveys/rounds/{id}/close`); owners only. */
  closeSurveyRound(options: {
    entityRef: PlatformProductEntityRef;
    roundId: string;
  }): Promise<SurveyRound>;

  /** A round's free-text answers (`GET /platforms/{ref}/surveys/rounds/{id}/comments`); owners only. */
  getSurveyComments(options: {
    entityRef: PlatformProductEntityRef;
    roundId: string;
  }): Promise<SurveyComments>;

  /** A round's free-text answers as CSV text (`GET …/rounds/{id}/responses.csv`); owners only. */
  exportSurveyComments(options: {
    entityRef: PlatformProductEntityRef;
    roundId: string;
  }): Promise<string>;
}

/**
 * The {@link PlatformProductApi}, provided by the plugin with a {@link PlatformProductClient}.
 *
 * @public
 */
export const platformProductApiRef = createApiRef<PlatformProductApi>({
  id: 'plugin.platform-product.service',
});
