// The one import of the actions registry, which Backstage still ships as alpha: when it moves to
// the stable entry point, only this file changes.
import {
  actionsRegistryServiceRef,
  ActionsRegistryActionOptions,
  ActionsRegistryService,
} from '@backstage/backend-plugin-api/alpha';

export { actionsRegistryServiceRef };
export type { ActionsRegistryService };

/**
 * The zod the registry hands each schema builder (`schema: { input: z => … }`), for the schema
 * pieces several actions share.
 *
 * @internal
 */
export type Zod = Parameters<
  ActionsRegistryActionOptions<any, any>['schema']['input']
>[0];
