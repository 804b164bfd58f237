export { EntityPlatformScorecardCard } from './EntityPlatformScorecardCard';
