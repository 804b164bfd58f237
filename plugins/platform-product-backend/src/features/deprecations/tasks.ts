import { FeatureTask } from '../../core/tasks';
import { DeprecationReminders } from './DeprecationReminders';
import { DeprecationService } from './DeprecationService';

/**
 * The deprecations' scheduled work: the daily burn-down snapshot and the reminders.
 *
 * @internal
 */
export function deprecationTasks(services: {
  deprecations: DeprecationService;
  deprecationReminders: DeprecationReminders;
}): FeatureTask[] {
  return [
    {
      id: 'platform-product-deprecation-burndown',
      description:
        'records how many consumers each deprecation has left, for the burn-down',
      frequency: { cron: '20 0 * * *' },
      timeout: { minutes: 15 },
      initialDelay: { seconds: 45 },
      fn: async () => {
        await services.deprecations.snapshotAll();
      },
    },
    {
      id: 'platform-product-deprecation-reminders',
      description:
        'tells the owners of consumers about announced deprecations, sunsets coming close and violations, each milestone once',
      frequency: { hours: 1 },
      timeout: { minutes: 15 },
      initialDelay: { minutes: 1 },
      fn: async () => {
        await services.deprecationReminders.run();
      },
    },
  ];
}
