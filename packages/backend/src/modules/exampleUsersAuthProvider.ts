/*
 * DEMO ONLY: the `example-users` auth provider lets whoever opens the portal sign in as ANY user of
 * the Acme example organisation (examples/org.yaml), so that a demo (and the browser tests) can show
 * what each person sees and may do. Anyone can pick any user: never enable it in production.
 *
 * The browser names the user in the `x-example-user` request header of
 * `GET /api/auth/example-users/refresh` (`user:default/noah-williams`, `default/noah-williams` or just
 * `noah-williams`). The sign-in resolver signs in with the catalog's User entity, so an unknown user is
 * refused and the token's ownership refs (the user and the groups it is a member of) come from the
 * catalog, exactly as with a real identity provider.
 *
 * Like the guest provider, it is only active when `auth.providers.example-users` is configured, and it
 * refuses to sign anyone in outside development (NODE_ENV !== 'development') unless
 * `auth.providers.example-users.dangerouslyAllowOutsideDevelopment: true`.
 */

import { createBackendModule } from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import {
  authProvidersExtensionPoint,
  createProxyAuthenticator,
  createProxyAuthProviderFactory,
  SignInResolver,
} from '@backstage/plugin-auth-node';

export const EXAMPLE_USER_HEADER = 'x-example-user';

/** What the authenticator hands to the profile transform and the sign-in resolver. */
export type ExampleUserResult = {
  /** The full ref of the chosen user, `user:<namespace>/<name>`. */
  userEntityRef: string;
};

const NAME = '[a-z0-9]+(?:[-_.][a-z0-9]+)*';
const USER_REF = new RegExp(
  `^(?:(?<kind>[a-z]+):)?(?:(?<namespace>${NAME})/)?(?<name>${NAME})$`,
  'i',
);

/**
 * Reads the chosen user from the header value: `user:default/priya-raman`, `default/priya-raman` or
 * `priya-raman` all give `user:default/priya-raman`. Throws an InputError (400) for anything else.
 */
export function parseExampleUserRef(value: string | undefined): string {
  const raw = value?.trim();
  if (!raw) {
    throw new InputError(
      `Missing '${EXAMPLE_USER_HEADER}' header: name the example user to sign in as, e.g. 'user:default/guest'`,
    );
  }
  const match = USER_REF.exec(raw);
  if (!match?.groups) {
    throw new InputError(
      `Malformed '${EXAMPLE_USER_HEADER}' header '${raw}': expected a user entity ref such as 'user:default/guest' or a user name such as 'guest'`,
    );
  }
  const { kind, namespace, name } = match.groups;
  if (kind && kind.toLocaleLowerCase('en-US') !== 'user') {
    throw new InputError(
      `Malformed '${EXAMPLE_USER_HEADER}' header '${raw}': only users can sign in, not entities of kind '${kind}'`,
    );
  }
  return `user:${(namespace ?? 'default').toLocaleLowerCase(
    'en-US',
  )}/${name.toLocaleLowerCase('en-US')}`;
}

export const exampleUsersAuthenticator = createProxyAuthenticator<
  { disabled: boolean },
  ExampleUserResult,
  undefined
>({
  // The profile (display name, email, picture) is the catalog's; an unknown user gets an empty one
  // here and is then refused by the sign-in resolver.
  async defaultProfileTransform(result, ctx) {
    try {
      const { entity } = await ctx.findCatalogUser({
        entityRef: result.userEntityRef,
      });
      const profile = (entity.spec?.profile ?? {}) as {
        displayName?: string;
        email?: string;
        picture?: string;
      };
      return {
        profile: {
          displayName: profile.displayName,
          email: profile.email,
          picture: profile.picture,
        },
      };
    } catch {
      return { profile: {} };
    }
  },
  initialize({ config }) {
    const allowOutsideDevelopment = config.getOptionalBoolean(
      'dangerouslyAllowOutsideDevelopment',
    );
    return {
      disabled:
        process.env.NODE_ENV !== 'development' &&
        allowOutsideDevelopment !== true,
    };
  },
  async authenticate({ req }, { disabled }) {
    if (disabled) {
      throw new NotAllowedError(
        "The example-users provider lets anyone sign in as any user and cannot be used outside of a development environment unless 'auth.providers.example-users.dangerouslyAllowOutsideDevelopment' is enabled",
      );
    }
    return {
      result: {
        userEntityRef: parseExampleUserRef(req.header(EXAMPLE_USER_HEADER)),
      },
    };
  },
});

/** Signs in with the catalog's User entity: the catalog refuses unknown users and supplies the groups. */
export const signInAsExampleUser: SignInResolver<ExampleUserResult> = async (
  { result },
  ctx,
) => {
  try {
    return await ctx.signInWithCatalogUser({
      entityRef: result.userEntityRef,
    });
  } catch (error) {
    if ((error as Error | undefined)?.name === 'NotFoundError') {
      throw new NotAllowedError(
        `Sign-in refused: '${result.userEntityRef}' is not a User in the catalog. Pick one of the example organisation's users (examples/org.yaml).`,
      );
    }
    throw error;
  }
};

/** The `example-users` auth provider (demo only, see the comment at the top of this file). */
export default createBackendModule({
  pluginId: 'auth',
  moduleId: 'example-users-provider',
  register(reg) {
    reg.registerInit({
      deps: { providers: authProvidersExtensionPoint },
      async init({ providers }) {
        providers.registerProvider({
          providerId: 'example-users',
          factory: createProxyAuthProviderFactory({
            authenticator: exampleUsersAuthenticator,
            signInResolver: signInAsExampleUser,
          }),
        });
      },
    });
  },
});
