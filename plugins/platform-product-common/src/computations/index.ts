export {
  availabilityBudget,
  errorBudgetOccurrences,
  errorBudgetTimeslices,
  isGoodSlice,
  isGoodThresholdValue,
  burnRate,
  budgetSpent,
  evaluateBurnAlerts,
  sloAttainment,
  MULTI_WINDOW_BURN_RULES,
  MULTI_WINDOW_BURN_RULES_SLO_WINDOW,
} from './slo';
export type {
  ErrorBudget,
  BurnRateRule,
  BurnAlertEvaluation,
  BurnAlertState,
} from './slo';
export { npsCategory, computeNps, NPS_MIN_READABLE_RESPONSES } from './nps';
export type { NpsCategory, NpsResult } from './nps';
export {
  adoptionStage,
  findPlatformParts,
  findConsumers,
  computeAdoption,
  ADOPTION_STAGE_THRESHOLDS,
} from './adoption';
export type {
  AdoptionStage,
  PlatformConsumer,
  TeamAdoption,
  ServiceAdoption,
  PersonaAdoption,
  OrgAdoption,
  PlatformAdoption,
} from './adoption';
export { capacityUnlocked } from './capacity';
export {
  gradeKpi,
  gradeScorecard,
  resolveScorecardTargets,
  SCORECARD_KPIS,
  DEFAULT_SCORECARD_TARGETS,
} from './scorecard';
export type {
  ScorecardKpiId,
  ScorecardKpiUnit,
  ScorecardKpi,
  ScorecardTargets,
  KpiStatus,
  ScorecardGrade,
} from './scorecard';
