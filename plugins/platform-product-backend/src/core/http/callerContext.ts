import {
  AuthService,
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { PlatformCatalog, ResolvedPlatform } from '../catalog/PlatformCatalog';
import { resolveDayRange } from './resolveDayRange';

/**
 * What a route or an action needs once it holds the caller's credentials, written once so that
 * both reach the services the same way: the user a write requires, the platform a ref names as the
 * caller sees it in the catalog, and a day range relative to now. The routes get it through
 * {@link RequestContext}; the actions registry's actions call it directly.
 *
 * @internal
 */
export interface CallerContext {
  /**
   * The credentials, which must be a signed-in user's.
   *
   * @throws NotAllowedError for any other principal, naming its type
   */
  requireUser(
    credentials: BackstageCredentials,
  ): BackstageCredentials<BackstageUserPrincipal>;
  /**
   * The platform with this ref, read with the caller's credentials (404 when the caller cannot see
   * it or it is no platform).
   *
   * With `servicesAsPlugin`, a service caller's platform is read with the plugin's own credentials
   * instead: a static token restricted to this plugin may not be passed on to the catalog.
   */
  platformFor(
    ref: string,
    credentials: BackstageCredentials,
    options?: { servicesAsPlugin?: boolean },
  ): Promise<ResolvedPlatform>;
  /** The `from`/`to` day range, relative to now. */
  dayRange(query: { from?: string; to?: string }): {
    fromDay: string;
    toDay: string;
  };
}

/**
 * The caller helpers over the plugin's auth and catalog.
 *
 * @internal
 */
export function createCallerContext(options: {
  auth: AuthService;
  platformCatalog: PlatformCatalog;
  now: () => Date;
}): CallerContext {
  const { auth, platformCatalog, now } = options;
  return {
    requireUser(credentials) {
      if (!auth.isPrincipal(credentials, 'user')) {
        throw new NotAllowedError(
          `This action does not allow '${
            (credentials.principal as { type?: string }).type
          }' credentials; only a signed-in user may do it, so call it with a user's token`,
        );
      }
      return credentials;
    },
    async platformFor(ref, credentials, platformOptions) {
      return platformCatalog.getPlatform(
        ref,
        platformOptions?.servicesAsPlugin &&
          auth.isPrincipal(credentials, 'service')
          ? await auth.getOwnServiceCredentials()
          : credentials,
      );
    },
    dayRange: query => resolveDayRange({ ...query, now: now().getTime() }),
  };
}
