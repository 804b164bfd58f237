export { RoadmapPage } from './RoadmapPage';
