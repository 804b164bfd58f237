/** Adoption: who adopts a platform, per persona and org, with its trend, and a refresh for its owners. */
export { adoptionApiRef, AdoptionClient } from './api';
export type { AdoptionApi } from './api';
