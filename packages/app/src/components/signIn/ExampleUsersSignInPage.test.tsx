import { fireEvent, screen, waitFor } from '@testing-library/react';
import { discoveryApiRef, IdentityApi } from '@backstage/core-plugin-api';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import {
  EXAMPLE_USER_STORAGE_KEY,
  ExampleUsersSignInPage,
  SUGGESTED_EXAMPLE_USERS,
} from './ExampleUsersSignInPage';

const discoveryApi = {
  getBaseUrl: async (pluginId: string) =>
    `http://localhost:7007/api/${pluginId}`,
};

function base64Url(value: object) {
  return btoa(JSON.stringify(value))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** What the backend's /refresh answers for Noah Williams. */
const noahSession = {
  profile: {
    displayName: 'Noah Williams',
    email: 'noah.williams@acme.example',
  },
  backstageIdentity: {
    token: `${base64Url({ alg: 'none' })}.${base64Url({
      sub: 'user:default/noah-williams',
      exp: Math.floor(Date.now() / 1000) + 3600,
    })}.signature`,
    identity: {
      type: 'user',
      userEntityRef: 'user:default/noah-williams',
      ownershipEntityRefs: [
        'user:default/noah-williams',
        'group:default/team-delivery-platform',
      ],
    },
  },
};

function jsonResponse(status: number, body: object) {
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: status === 200 ? 'OK' : 'Forbidden',
    headers: new Map([['content-type', 'application/json']]),
    json: async () => body,
    text: async () => JSON.stringify(body),
  };
}

async function renderPage(onSignInSuccess: (identity: IdentityApi) => void) {
  return renderInTestApp(
    <TestApiProvider apis={[[discoveryApiRef, discoveryApi]]}>
      <ExampleUsersSignInPage onSignInSuccess={onSignInSuccess} />
    </TestApiProvider>,
  );
}

describe('ExampleUsersSignInPage', () => {
  const originalFetch = global.fetch;
  let fetchMock: jest.Mock;

  beforeEach(() => {
    window.sessionStorage.clear();
    fetchMock = jest.fn();
    global.fetch = fetchMock as unknown as typeof fetch;
  });

  afterEach(() => {
    global.fetch = originalFetch;
  });

  it('lists the suggested example users', async () => {
    await renderPage(jest.fn());

    expect(screen.getByText('Choose who you are')).toBeInTheDocument();
    for (const user of SUGGESTED_EXAMPLE_USERS) {
      expect(
        screen.getByRole('button', {
          name: new RegExp(`Sign in as ${user.displayName}`),
        }),
      ).toBeInTheDocument();
    }
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('signs in as the chosen user through the example-users provider', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, noahSession));
    const onSignInSuccess = jest.fn();
    await renderPage(onSignInSuccess);

    fireEvent.click(
      screen.getByRole('button', { name: /Sign in as Noah Williams/ }),
    );

    expect(window.sessionStorage.getItem(EXAMPLE_USER_STORAGE_KEY)).toBe(
      'user:default/noah-williams',
    );
    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));

    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('http://localhost:7007/api/auth/example-users/refresh');
    expect(new Headers(init.headers).get('x-example-user')).toBe(
      'user:default/noah-williams',
    );

    const identity: IdentityApi = onSignInSuccess.mock.calls[0][0];
    await expect(identity.getBackstageIdentity()).resolves.toEqual(
      noahSession.backstageIdentity.identity,
    );
    await expect(identity.getProfileInfo()).resolves.toEqual(
      noahSession.profile,
    );

    // Signing out forgets the choice, so the next visit shows the picker again.
    await identity.signOut();
    expect(window.sessionStorage.getItem(EXAMPLE_USER_STORAGE_KEY)).toBeNull();
  });

  it('signs in again with the stored choice', async () => {
    window.sessionStorage.setItem(
      EXAMPLE_USER_STORAGE_KEY,
      'user:default/noah-williams',
    );
    fetchMock.mockResolvedValue(jsonResponse(200, noahSession));
    const onSignInSuccess = jest.fn();
    await renderPage(onSignInSuccess);

    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalledTimes(1));
    expect(screen.queryByText('Choose who you are')).not.toBeInTheDocument();
  });

  it('signs in as a typed user name', async () => {
    fetchMock.mockResolvedValue(jsonResponse(200, noahSession));
    await renderPage(jest.fn());

    fireEvent.change(screen.getByLabelText('User entity ref'), {
      target: { value: 'ingrid-halvorsen' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(window.sessionStorage.getItem(EXAMPLE_USER_STORAGE_KEY)).toBe(
      'user:default/ingrid-halvorsen',
    );
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
  });

  it('shows why sign-in failed and leads back to the picker', async () => {
    fetchMock.mockResolvedValue(
      jsonResponse(403, {
        error: {
          name: 'NotAllowedError',
          message:
            "Sign-in refused: 'user:default/nobody' is not a User in the catalog.",
        },
        response: { statusCode: 403 },
      }),
    );
    const onSignInSuccess = jest.fn();
    await renderPage(onSignInSuccess);

    fireEvent.change(screen.getByLabelText('User entity ref'), {
      target: { value: 'user:default/nobody' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(
      await screen.findByText('Could not sign in as user:default/nobody'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "Sign-in refused: 'user:default/nobody' is not a User in the catalog.",
      ),
    ).toBeInTheDocument();
    expect(onSignInSuccess).not.toHaveBeenCalled();

    fireEvent.click(
      screen.getByRole('button', { name: 'Choose another user' }),
    );
    expect(await screen.findByText('Choose who you are')).toBeInTheDocument();
    expect(window.sessionStorage.getItem(EXAMPLE_USER_STORAGE_KEY)).toBeNull();
  });
});
