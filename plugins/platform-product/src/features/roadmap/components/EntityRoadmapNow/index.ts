export { EntityRoadmapNow } from './EntityRoadmapNow';
