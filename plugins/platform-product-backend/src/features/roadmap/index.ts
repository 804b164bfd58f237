/**
 * Platform roadmaps: each platform's Now / Next / Later board with its items' history, investment
 * mix and outcome reviews, kept in the portal or imported from a roadmap file, read across
 * platforms and, per entity, as the Now items of the platforms it relies on.
 *
 * @packageDocumentation
 */

export { createRoadmapServices } from './createRoadmapServices';
export type { RoadmapSettings } from './createRoadmapServices';
export { registerRoadmapRoutes } from './routes';
export { RoadmapStore } from './RoadmapStore';
export type {
  RoadmapHistoryRecord,
  RoadmapItemRecord,
  RoadmapSettingsRecord,
} from './RoadmapStore';
export type {
  CrossPlatformRoadmapFilters,
  RoadmapReadService,
} from './RoadmapReadService';
export type { RoadmapWriteService } from './RoadmapWriteService';
export type { RoadmapItemInput } from './RoadmapItemValidator';
export type { RoadmapImporter } from './RoadmapImporter';
export type { RoadmapReviewReminder } from './RoadmapReviewReminder';
export { roadmapTasks } from './tasks';
