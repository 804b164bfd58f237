/** Roadmap: each platform's Now / Next / Later board, the roadmap across platforms, and what is Now for a service. */
export { roadmapApiRef, RoadmapClient } from './api';
export type { RoadmapApi, RoadmapFilters, RoadmapItemRef } from './api';
