/**
 * Objectives and key results of platforms, each key result bound to a measured series (adoption,
 * NPS, SLO attainment, a metric or a deprecation's consumers), so that progress is computed, never
 * typed; a key result may be scoped to a group (a shared objective), and `GroupKeyResultService`
 * lists those of some groups as the `GroupKeyResultSource`.
 *
 * @packageDocumentation
 */

export { createObjectiveServices } from './createObjectiveServices';
export { ObjectiveStore } from './ObjectiveStore';
export type { ObjectiveService } from './ObjectiveService';
export type { GroupKeyResultService } from './GroupKeyResultService';
export { registerObjectiveRoutes } from './routes';
