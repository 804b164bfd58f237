export { EntityPlatformUsageCard } from './EntityPlatformUsageCard';
