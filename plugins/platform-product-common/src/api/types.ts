// The shapes the backend's REST API returns, mirroring plugins/platform-product-backend/src/schema/openapi.yaml.
// The backend's tests validate every response against that specification, so these types and the
// contract cannot drift apart without a failing test.

import type { AdoptionStage } from '../adoption/adoptionStage';
import type {
  OrgAdoption,
  PersonaAdoption,
  ServiceAdoption,
  TeamAdoption,
} from '../adoption/types';
import type { BurnAlertState } from '../slos/burnRateAlerts';
import type { SloHealth } from '../slos/sloHealth';
import type {
  KpiStatus,
  ScorecardKpiId,
  ScorecardKpiUnit,
} from '../scorecards/scorecard';
import type { PlatformLink, PlatformSupport } from '../catalog/types';
import type { DeprecationDebt } from '../deprecations/types';
import type { SnapshotSource } from '../portfolio/types';

/** @public */
export interface MetricPointInput {
  entityRef: string;
  metric: string;
  /** ISO 8601 */
  timestamp: string;
  value: number;
  labels?: Record<string, string>;
}

/** @public */
export interface IngestResult {
  received: number;
  entities: number;
}

/** @public */
export interface ErrorBudgetStatus {
  allowedBad: number;
  bad: number;
  consumed: number;
  remaining: number;
}

/** @public */
export interface BurnRateStatus {
  severity: 'page' | 'ticket';
  longWindow: string;
  shortWindow: string;
  threshold: number;
  budgetSpent: number;
  longBurnRate: number | null;
  shortBurnRate: number | null;
  firing: boolean;
}

/** @public */
export interface SloStatus {
  name: string;
  displayName: string;
  description?: string;
  target: number;
  window: { duration: string; isRolling: boolean; from: string; to: string };
  budgetingMethod: 'Occurrences' | 'Timeslices';
  attainment: number | null;
  budget: ErrorBudgetStatus | null;
  health: SloHealth;
  alertState: BurnAlertState;
  burnRates: BurnRateStatus[];
  allowance: {
    badEventsRemaining: number | null;
    downtimeRemainingMs: number | null;
  };
  lastPointAt: string | null;
}

/** @public */
export interface SloReport {
  entityRef: string;
  health: SloHealth;
  items: SloStatus[];
}

/**
 * Adoption among a set of teams, as the API returns it: the common package's {@link TeamAdoption}.
 *
 * @public
 */
export type TeamAdoptionStatus = TeamAdoption;

/** @public */
export interface AdoptionTrendPoint {
  day: string;
  adoptingTeams: number;
  audienceTeams: number;
  ratio: number | null;
  /** `null` for an imported figure, which counts teams only. */
  adoptingServices: number | null;
  totalServices: number | null;
  /** Taken on the day (`live`), or imported from an earlier record. */
  source: SnapshotSource;
}

/** @public */
export interface AdoptionReport {
  entityRef: string;
  teams: TeamAdoption;
  services: ServiceAdoption;
  byPersona: Array<PersonaAdoption & { title?: string }>;
  byOrg: Array<OrgAdoption & { title?: string }>;
  trend: AdoptionTrendPoint[];
  capacityUnlockedHoursPerMonth: number | null;
  computedAt: string;
}

/** @public */
export interface ScorecardKpiStatus {
  kpi: ScorecardKpiId;
  title: string;
  unit: ScorecardKpiUnit;
  direction: 'at-least' | 'at-most';
  value: number | null;
  target: number;
  status: KpiStatus;
  history: Array<{ day: string; value: number | null; status: KpiStatus }>;
}

/** @public */
export interface Scorecard {
  entityRef: string;
  from: string;
  to: string;
  kpis: ScorecardKpiStatus[];
  capacityUnlockedHoursPerMonth: number | null;
  /**
   * Consumers still on the platform's deprecated parts; a figure, not a graded KPI. Absent when the
   * backend does not track deprecations.
   */
  deprecationDebt?: DeprecationDebt;
  computedAt: string;
}

/** @public */
export interface PlatformSummary {
  entityRef: string;
  title: string;
  description?: string;
  category: string;
  ownerRefs: string[];
  personaRefs: string[];
  adoption: {
    adopting: number;
    audience: number;
    ratio: number | null;
    stage: AdoptionStage | null;
  };
  sloHealth: SloHealth;
}

/** @public */
export interface PlatformList {
  items: PlatformSummary[];
}

/** @public */
export interface PlatformUsage {
  platformRef: string;
  title: string;
  category: string;
  via: Array<{ consumerRef: string; partRefs: string[] }>;
  health: SloHealth;
  slos: Array<{
    name: string;
    displayName: string;
    target: number;
    attainment: number | null;
    budgetRemaining: number | null;
    health: SloHealth;
  }>;
  support: PlatformSupport | null;
  links: PlatformLink[];
}

/** @public */
export interface EntityPlatforms {
  entityRef: string;
  items: PlatformUsage[];
}
