/**
 * Adoption of platforms: adopting teams and services from the catalog graph, by persona and org,
 * with the trend of the daily snapshots and the owners' refresh.
 *
 * @packageDocumentation
 */

export { AdoptionService } from './AdoptionService';
export { registerAdoptionRoutes } from './routes';
