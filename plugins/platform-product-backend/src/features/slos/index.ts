/**
 * SLO status of platforms: attainment, error budget and multi-window burn-rate alerts of every SLO,
 * read from the metric points and cached for a few seconds.
 *
 * @packageDocumentation
 */

export { SloStatusService } from './SloStatusService';
export { registerSloRoutes } from './routes';
