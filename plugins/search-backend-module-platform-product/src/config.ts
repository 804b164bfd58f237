import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** Where the collator's settings live in the app config. */
export const COLLATOR_CONFIG_KEY = 'search.collators.platformProduct';

/** Every 10 minutes, like Backstage's catalog collator; the first run soon after the start. */
export const DEFAULT_COLLATOR_SCHEDULE: SchedulerServiceTaskScheduleDefinition =
  {
    frequency: { minutes: 10 },
    timeout: { minutes: 15 },
    initialDelay: { seconds: 3 },
  };

/**
 * The collator's schedule from `search.collators.platformProduct.schedule`, or the default.
 *
 * @throws InputError naming the key when the schedule is not one
 */
export function readCollatorSchedule(
  config: Config,
): SchedulerServiceTaskScheduleDefinition {
  const schedule = config.getOptionalConfig(`${COLLATOR_CONFIG_KEY}.schedule`);
  if (!schedule) {
    return DEFAULT_COLLATOR_SCHEDULE;
  }
  try {
    return readSchedulerServiceTaskScheduleDefinitionFromConfig(schedule);
  } catch (error) {
    throw new InputError(
      `Invalid schedule at ${COLLATOR_CONFIG_KEY}.schedule: ${
        (error as Error).message
      }; e.g. { frequency: { minutes: 10 }, timeout: { minutes: 15 } }`,
    );
  }
}
