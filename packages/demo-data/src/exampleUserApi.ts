const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Signs in as an example user through the real auth backend (the DEMO-only `example-users`
 * provider) and returns the Backstage token it issues. The provider signs in with the catalog's
 * User entity, and the demo loader runs while the catalog is still ingesting the example
 * organisation (minutes on a busy machine), so a refused sign-in is tried again every 2 s for
 * `retryForMs` (default 3 minutes) before it throws with the last answer.
 */
export async function signInAsExampleUser(
  baseUrl: string,
  userRef: string,
  options: {
    retryForMs?: number;
    retryEveryMs?: number;
    fetch?: typeof fetch;
  } = {},
): Promise<string> {
  const doFetch = options.fetch ?? fetch;
  const deadline = Date.now() + (options.retryForMs ?? 180_000);
  for (;;) {
    let problem: string;
    try {
      const response = await doFetch(
        `${baseUrl}/api/auth/example-users/refresh`,
        {
          headers: {
            'x-example-user': userRef,
            'X-Requested-With': 'XMLHttpRequest',
          },
        },
      );
      if (response.ok) {
        const body = await response.json();
        return body.backstageIdentity.token;
      }
      problem = `HTTP ${response.status}: ${messageOf(await response.text())}`;
    } catch (error) {
      problem = String(error);
    }
    if (Date.now() >= deadline) {
      throw new Error(
        `could not sign in as ${userRef} (${problem}): is auth.providers.example-users configured, and is the user in the catalog?`,
      );
    }
    await sleep(options.retryEveryMs ?? 2000);
  }
}

/** The message of a Backstage error body, or the body itself. */
function messageOf(text: string): string {
  try {
    return JSON.parse(text).error?.message ?? text;
  } catch {
    return text;
  }
}

/**
 * Calls the Platform Product API with a user's token; throws with the backend's message on an
 * error answer, resolves to undefined on 204.
 */
export async function callAsUser<T>(options: {
  baseUrl: string;
  token: string;
  method: string;
  path: string;
  body?: unknown;
}): Promise<T> {
  const { baseUrl, token, method, path, body } = options;
  const response = await fetch(`${baseUrl}/api/platform-product${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) {
    throw new Error(
      `${method} ${path}: HTTP ${response.status}: ${messageOf(
        await response.text(),
      )}`,
    );
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}
