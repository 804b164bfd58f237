import { FeatureTask } from '../../core/tasks';
import { RoadmapImporter } from './RoadmapImporter';
import { RoadmapReviewReminder } from './RoadmapReviewReminder';

/**
 * The roadmaps' scheduled work: importing roadmap files and reminding owners of outcome reviews.
 *
 * @internal
 */
export function roadmapTasks(services: {
  roadmapImporter: RoadmapImporter;
  roadmapReviews: RoadmapReviewReminder;
}): FeatureTask[] {
  return [
    {
      id: 'platform-product-roadmap-import',
      description:
        'imports the roadmap file of every platform that names one (annotation platform-product.dev/roadmap)',
      frequency: { minutes: 10 },
      timeout: { minutes: 5 },
      initialDelay: { seconds: 20 },
      fn: () => services.roadmapImporter.importAll(),
    },
    {
      id: 'platform-product-roadmap-outcome-reviews',
      description:
        'reminds owners to review the outcome of items shipped long enough ago',
      frequency: { hours: 1 },
      timeout: { minutes: 5 },
      initialDelay: { minutes: 2 },
      fn: async () => {
        await services.roadmapReviews.remindDue();
      },
    },
  ];
}
