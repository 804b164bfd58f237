/**
 * Objectives and key results of platforms, each key result bound to a measured series (adoption,
 * NPS, SLO attainment or a metric), so that progress is computed, never typed.
 *
 * @packageDocumentation
 */

export { createObjectiveServices } from './createObjectiveServices';
export { ObjectiveStore } from './ObjectiveStore';
export type { ObjectiveService } from './ObjectiveService';
export { registerObjectiveRoutes } from './routes';
