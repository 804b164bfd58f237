export { EntityPersonaPlatformsCard } from './EntityPersonaPlatformsCard';
