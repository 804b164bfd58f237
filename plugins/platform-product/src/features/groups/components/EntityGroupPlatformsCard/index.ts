export { EntityGroupPlatformsCard } from './EntityGroupPlatformsCard';
