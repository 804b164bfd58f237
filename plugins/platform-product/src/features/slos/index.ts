/** SLOs: the live status of a platform's SLOs — attainment, error budget, burn-rate alerts — and their definitions. */
export { slosApiRef, SlosClient } from './api';
export type { SlosApi } from './api';
