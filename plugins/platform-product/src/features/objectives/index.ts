/** Objectives: a platform's objectives and key results, with progress computed from measured series. */
export { objectivesApiRef, ObjectivesClient } from './api';
export type { ObjectivesApi } from './api';
