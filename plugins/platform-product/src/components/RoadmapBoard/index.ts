export { RoadmapBoard } from './RoadmapBoard';
