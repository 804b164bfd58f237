import {
  AuthService,
  BackstageCredentials,
  BackstageUserPrincipal,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { Request } from 'express';
import { PlatformCatalog, ResolvedPlatform } from '../catalog/PlatformCatalog';
import { createCallerContext } from './callerContext';

/** The path parameters of a `/platforms/{kind}/{namespace}/{name}/…` or `/entities/…` route. */
type EntityParams = { kind: string; namespace: string; name: string };
/** Any route's request (the typed routers' requests all fit). */
export type AnyRequest = Request<any, any, any, any>;

/**
 * What every route handler needs before it calls a service, written once: the entity ref a path
 * names, the caller's credentials (any principal, or users only), the platform a path names as the
 * caller sees it in the catalog, and a day range from the query. The platform and the day range
 * come from the {@link CallerContext} the actions use too.
 *
 * @internal
 */
export interface RequestContext {
  /** The entity ref of the path's kind, namespace and name. */
  refOf(params: EntityParams): string;
  /** The caller's credentials (a user or a service). */
  credentialsOf(req: AnyRequest): Promise<BackstageCredentials>;
  /** The caller's credentials, which must be a signed-in user's (401 otherwise). */
  userOf(
    req: AnyRequest,
  ): Promise<BackstageCredentials<BackstageUserPrincipal>>;
  /**
   * The platform the path names, read with the caller's credentials (404 when the caller cannot see
   * it or it is no platform), and those credentials.
   *
   * With `servicesAsPlugin`, a service caller's platform is read with the plugin's own credentials
   * instead: a static token restricted to this plugin (`accessRestrictions: [plugin:
   * platform-product]`) may not be passed on to the catalog. A user's is still read with theirs.
   */
  platformOf(
    req: AnyRequest,
    options: { users: true },
  ): Promise<{
    platform: ResolvedPlatform;
    credentials: BackstageCredentials<BackstageUserPrincipal>;
  }>;
  platformOf(
    req: AnyRequest,
    options?: { users?: false; servicesAsPlugin?: boolean },
  ): Promise<{ platform: ResolvedPlatform; credentials: BackstageCredentials }>;
  /** The `from`/`to` day range of a query, relative to now. */
  dayRange(query: { from?: string; to?: string }): {
    fromDay: string;
    toDay: string;
  };
}

/**
 * The request helpers over the plugin's auth and catalog.
 *
 * @internal
 */
export function createRequestContext(options: {
  httpAuth: HttpAuthService;
  auth: AuthService;
  platformCatalog: PlatformCatalog;
  now: () => Date;
}): RequestContext {
  const { httpAuth } = options;
  const caller = createCallerContext(options);
  const refOf = (params: EntityParams) => stringifyEntityRef(params);
  const credentialsOf = (req: AnyRequest) => httpAuth.credentials(req);
  const userOf = (req: AnyRequest) =>
    httpAuth.credentials(req, { allow: ['user'] });
  return {
    refOf,
    credentialsOf,
    userOf,
    // The overloads only narrow the credentials' type; one implementation serves both.
    platformOf: (async (
      req: AnyRequest,
      platformOptions?: { users?: boolean; servicesAsPlugin?: boolean },
    ) => {
      const credentials = platformOptions?.users
        ? await userOf(req)
        : await credentialsOf(req);
      const platform = await caller.platformFor(
        refOf(req.params),
        credentials,
        platformOptions,
      );
      return { platform, credentials };
    }) as RequestContext['platformOf'],
    dayRange: caller.dayRange,
  };
}
