import {
  LoggerService,
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

/**
 * Runs a task's work for every platform, one after another: a platform that fails is logged
 * ("Could not <action> <ref>") and does not stop the others; at the end the outcome is logged and,
 * when any failed, the task fails naming them, so the scheduler records it.
 *
 * @param options - with:
 *   - `action`: what is done to each, completing "Could not …", e.g. "snapshot the
 *   scorecard of"
 *   - `done`: the log line for how many succeeded
 * @internal
 */
export async function forEachPlatform<P extends { ref: string }>(
  platforms: readonly P[],
  options: {
    logger: LoggerService;
    action: string;
    done: (succeeded: number) => string;
  },
  fn: (platform: P) => Promise<void>,
): Promise<void> {
  const failed: string[] = [];
  for (const platform of platforms) {
    try {
      await fn(platform);
    } catch (error) {
      failed.push(platform.ref);
      options.logger.error(
        `Could not ${options.action} ${platform.ref}`,
        error instanceof Error ? error : new Error(String(error)),
      );
    }
  }
  options.logger.info(options.done(platforms.length - failed.length));
  if (failed.length > 0) {
    throw new Error(
      `Could not ${options.action} ${failed.join(
        ', ',
      )}; see the errors logged above`,
    );
  }
}
