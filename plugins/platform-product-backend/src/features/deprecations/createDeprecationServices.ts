import { describeValue } from '@platform-product/backstage-plugin-platform-product-common';
import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  DEFAULT_MAX_EXCEPTION_DAYS_AFTER_SUNSET,
  DEFAULT_REMINDER_LEAD_DAYS,
} from '@platform-product/backstage-plugin-platform-product-common';
import { DeprecationStore } from './DeprecationStore';
import { EntityPermissions } from '../../core/catalog/EntityPermissions';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { DeprecationReminders } from './DeprecationReminders';
import { DeprecationCatalog } from './DeprecationCatalog';
import { DeprecationExceptionService } from './DeprecationExceptionService';
import { DeprecationService } from './DeprecationService';

/**
 * The settings of deprecations, from `platformProduct.deprecations` (see config.d.ts).
 *
 * @internal
 */
export interface DeprecationSettings {
  /** Default 730 (two years). */
  maxExceptionDaysAfterSunset?: number;
  /** Default [90, 30, 7]. */
  reminderLeadDays?: readonly number[];
}

/**
 * Reads `platformProduct.deprecations`.
 *
 * @throws Error naming the key when a value is not a whole number of days (0 or more)
 * @internal
 */
export function readDeprecationSettings(
  config: Config | undefined,
): DeprecationSettings {
  const days = (value: number, key: string) => {
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(
        `platformProduct.deprecations.${key} must be a whole number of days, 0 or more — got ${value}`,
      );
    }
    return value;
  };
  const max = config?.getOptionalNumber('maxExceptionDaysAfterSunset');
  const lead = config?.getOptional<unknown>('reminderLeadDays');
  if (lead !== undefined && !Array.isArray(lead)) {
    throw new Error(
      `platformProduct.deprecations.reminderLeadDays must be a list of days such as [90, 30, 7] — got ${describeValue(
        lead,
      )}`,
    );
  }
  return {
    ...(max === undefined
      ? {}
      : {
          maxExceptionDaysAfterSunset: days(max, 'maxExceptionDaysAfterSunset'),
        }),
    ...(lead === undefined
      ? {}
      : {
          reminderLeadDays: lead.map((value, i) =>
            days(Number(value), `reminderLeadDays[${i}]`),
          ),
        }),
  };
}

/**
 * Wires the deprecation reads, exceptions and reminders over the shared catalog graph.
 *
 * @internal
 */
export function createDeprecationServices(options: {
  store: DeprecationStore;
  graphs: PlatformGraphProvider;
  catalog: CatalogService;
  entityPermissions: EntityPermissions;
  notifications: NotificationService;
  logger: LoggerService;
  now: () => Date;
  settings?: DeprecationSettings;
}) {
  const { store, graphs, notifications, logger, now, settings } = options;
  const deprecationCatalog = new DeprecationCatalog({
    store,
    loadGraph: () => graphs.get(),
    catalog: options.catalog,
    now,
  });
  const deprecations = new DeprecationService({
    deprecationCatalog,
    store,
    logger,
    now,
  });
  const deprecationExceptions = new DeprecationExceptionService({
    deprecationCatalog,
    store,
    entityPermissions: options.entityPermissions,
    notifications,
    logger,
    now,
    maxExceptionDaysAfterSunset:
      settings?.maxExceptionDaysAfterSunset ??
      DEFAULT_MAX_EXCEPTION_DAYS_AFTER_SUNSET,
  });
  const deprecationReminders = new DeprecationReminders({
    store,
    deprecationCatalog,
    notifications,
    logger,
    now,
    leadDays: settings?.reminderLeadDays ?? DEFAULT_REMINDER_LEAD_DAYS,
  });
  return { deprecations, deprecationExceptions, deprecationReminders };
}
