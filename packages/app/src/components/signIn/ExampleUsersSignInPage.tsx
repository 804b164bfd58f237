import { FormEvent, useState } from 'react';
import {
  Content,
  ErrorPanel,
  Header,
  InfoCard,
  Page,
  ProxiedSignInPage,
} from '@backstage/core-components';
import {
  IdentityApi,
  ProfileInfo,
  SignInPageProps,
} from '@backstage/core-plugin-api';
import {
  Box,
  Button,
  Grid,
  List,
  ListItem,
  ListItemText,
  TextField,
  Typography,
} from '@material-ui/core';

/**
 * DEMO ONLY: sign in as any user of the Acme example organisation through the backend's
 * `example-users` auth provider (packages/backend/src/modules/exampleUsersAuthProvider.ts). The
 * backend issues a real Backstage token for the catalog's User entity, so ownership and permissions
 * are those of that user and its teams.
 */

/** The auth provider id in `auth.providers` and the backend module. */
export const EXAMPLE_USERS_PROVIDER = 'example-users';
/** The request header that names the chosen user. */
export const EXAMPLE_USER_HEADER = 'x-example-user';
/** Where the chosen user is kept for the tab's session, so a reload signs in again. */
export const EXAMPLE_USER_STORAGE_KEY = 'platform-product.example-user';

export type ExampleUser = {
  userEntityRef: string;
  displayName: string;
  team: string;
  /** What signing in as this user lets you demo. */
  demo: string;
};

/** A few users of examples/org.yaml worth signing in as; any other user can be typed in. */
export const SUGGESTED_EXAMPLE_USERS: ExampleUser[] = [
  {
    userEntityRef: 'user:default/morgan-reyes',
    displayName: 'Morgan Reyes',
    team: 'Engineering Leadership',
    demo: 'the VP of Engineering: the platforms portfolio, its heat map and trends',
  },
  {
    userEntityRef: 'user:default/guest',
    displayName: 'Guest User',
    team: 'Checkout',
    demo: 'a consumer: the order confirmation worker still runs on the deprecated Docker runtime',
  },
  {
    userEntityRef: 'user:default/noah-williams',
    displayName: 'Noah Williams',
    team: 'Delivery Platform',
    demo: 'owns the Deployment Platform and its deprecated Docker runtime',
  },
  {
    userEntityRef: 'user:default/sara-nilsson',
    displayName: 'Sara Nilsson',
    team: 'Logging Platform',
    demo: 'owns the Logging Platform',
  },
  {
    userEntityRef: 'user:default/julia-kowalski',
    displayName: 'Julia Kowalski',
    team: 'Observability Platform',
    demo: 'owns the Observability Platform',
  },
  {
    userEntityRef: 'user:default/priya-raman',
    displayName: 'Priya Raman',
    team: 'Checkout',
    demo: 'a feature engineer in a product team that consumes the platforms',
  },
  {
    userEntityRef: 'user:default/kwame-mensah',
    displayName: 'Kwame Mensah',
    team: 'Payments',
    demo: 'a consumer: the payment ledger and fraud scoring run on the deprecated Docker runtime',
  },
];

function readStoredUser(): string | undefined {
  try {
    return window.sessionStorage.getItem(EXAMPLE_USER_STORAGE_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function storeUser(userEntityRef: string) {
  try {
    window.sessionStorage.setItem(EXAMPLE_USER_STORAGE_KEY, userEntityRef);
  } catch {
    // without storage the choice only lasts until the page is reloaded
  }
}

function forgetStoredUser() {
  try {
    window.sessionStorage.removeItem(EXAMPLE_USER_STORAGE_KEY);
  } catch {
    // nothing stored
  }
}

/** Accepts `user:default/name`, `default/name` or `name` (the backend checks it properly). */
function normaliseUserRef(input: string): string {
  const value = input.trim();
  if (value.includes(':')) {
    return value;
  }
  return value.includes('/') ? `user:${value}` : `user:default/${value}`;
}

type LegacyIdentityApi = IdentityApi & {
  getUserId?(): string;
  getProfile?(): ProfileInfo;
  getIdToken?(): Promise<string | undefined>;
};

/** Delegates to the signed-in identity; signing out also forgets the chosen user. */
export function forgetChoiceOnSignOut(identity: IdentityApi): IdentityApi {
  const legacy = identity as LegacyIdentityApi;
  const wrapped: LegacyIdentityApi = {
    getProfileInfo: () => identity.getProfileInfo(),
    getBackstageIdentity: () => identity.getBackstageIdentity(),
    getCredentials: () => identity.getCredentials(),
    async signOut() {
      forgetStoredUser();
      await identity.signOut();
    },
  };
  // Deprecated, but the app's identity proxy still forwards them to older plugins.
  if (legacy.getUserId) {
    wrapped.getUserId = () => legacy.getUserId!();
  }
  if (legacy.getProfile) {
    wrapped.getProfile = () => legacy.getProfile!();
  }
  if (legacy.getIdToken) {
    wrapped.getIdToken = () => legacy.getIdToken!();
  }
  return wrapped;
}

/** The backend's own message (a ResponseError carries it as its cause), else the error's. */
function failureMessage(error: Error | undefined): string {
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  if (cause instanceof Error && cause.message) {
    return cause.message;
  }
  return error?.message ?? 'Sign-in failed';
}

function SignInFailed(props: {
  userEntityRef: string;
  error?: Error;
  onBack(): void;
}) {
  return (
    <Page themeId="home">
      <Header title="Acme platform portal" subtitle="Demo sign-in" />
      <Content>
        <Typography variant="h5" gutterBottom>
          Could not sign in as {props.userEntityRef}
        </Typography>
        <Typography variant="body1" paragraph>
          {failureMessage(props.error)}
        </Typography>
        <Box mb={3}>
          <Button variant="contained" color="primary" onClick={props.onBack}>
            Choose another user
          </Button>
        </Box>
        <ErrorPanel
          title="Details"
          error={props.error ?? new Error('Sign-in failed')}
        />
      </Content>
    </Page>
  );
}

/**
 * The demo portal's sign-in page: pick one of the example organisation's users (or type any user
 * ref) and the backend signs you in as that user. The choice lasts for the browser tab's session;
 * signing out returns here.
 */
export function ExampleUsersSignInPage(props: SignInPageProps) {
  const { onSignInSuccess } = props;
  const [chosen, setChosen] = useState<string | undefined>(readStoredUser);
  const [typed, setTyped] = useState('');

  const choose = (userEntityRef: string) => {
    storeUser(userEntityRef);
    setChosen(userEntityRef);
  };

  if (chosen) {
    const backToPicker = () => {
      forgetStoredUser();
      setChosen(undefined);
    };
    return (
      <ProxiedSignInPage
        key={chosen}
        provider={EXAMPLE_USERS_PROVIDER}
        headers={() => ({ [EXAMPLE_USER_HEADER]: chosen })}
        onSignInSuccess={identity =>
          onSignInSuccess(forgetChoiceOnSignOut(identity))
        }
        ErrorComponent={({ error }) => (
          <SignInFailed
            userEntityRef={chosen}
            error={error}
            onBack={backToPicker}
          />
        )}
      />
    );
  }

  const submitTyped = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim()) {
      choose(normaliseUserRef(typed));
    }
  };

  return (
    <Page themeId="home">
      <Header
        title="Acme platform portal"
        subtitle="Demo: sign in as any user of the Acme example organisation"
      />
      <Content>
        <Grid container spacing={3}>
          <Grid item xs={12} md={8}>
            <InfoCard title="Choose who you are">
              <Typography variant="body2" paragraph>
                This demo portal lets you sign in as any user of the example
                organisation. The backend signs you in with the catalog's User
                entity, so you own what that user's teams own.
              </Typography>
              <List>
                {SUGGESTED_EXAMPLE_USERS.map(user => (
                  <ListItem
                    key={user.userEntityRef}
                    button
                    divider
                    onClick={() => choose(user.userEntityRef)}
                  >
                    <ListItemText
                      primary={`Sign in as ${user.displayName}`}
                      secondary={`${user.team}: ${user.demo}`}
                    />
                  </ListItem>
                ))}
              </List>
            </InfoCard>
          </Grid>
          <Grid item xs={12} md={4}>
            <InfoCard title="Any other example user">
              <form onSubmit={submitTyped}>
                <TextField
                  fullWidth
                  label="User"
                  placeholder="user:default/ingrid-halvorsen"
                  helperText="A user entity ref or name from examples/org.yaml"
                  value={typed}
                  onChange={event => setTyped(event.target.value)}
                  inputProps={{ 'aria-label': 'User entity ref' }}
                />
                <Box mt={2}>
                  <Button
                    type="submit"
                    variant="contained"
                    color="primary"
                    disabled={!typed.trim()}
                  >
                    Sign in
                  </Button>
                </Box>
              </form>
            </InfoCard>
          </Grid>
        </Grid>
      </Content>
    </Page>
  );
}
