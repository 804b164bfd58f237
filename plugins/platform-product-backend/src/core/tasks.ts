import {
  SchedulerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';

/**
 * A piece of scheduled work of a feature. Every task runs with `scope: 'global'`: once across all
 * replicas of the backend, whichever takes it.
 *
 * @internal
 */
export interface FeatureTask
  extends Omit<SchedulerServiceTaskScheduleDefinition, 'scope'> {
  /** The task id, prefixed `platform-product-`; stable, since the scheduler keys its state by it. */
  id: string;
  /** What the task does, in words, for whoever reads the schedule. */
  description: string;
  fn: () => Promise<void>;
}

/**
 * Schedules the features' tasks on the Backstage scheduler, each once across replicas.
 *
 * @internal
 */
export async function scheduleFeatureTasks(
  scheduler: SchedulerService,
  tasks: readonly FeatureTask[],
): Promise<void> {
  for (const { description: _description, ...task } of tasks) {
    await scheduler.scheduleTask({ ...task, scope: 'global' });
  }
}
