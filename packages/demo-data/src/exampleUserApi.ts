/**
 * Signs in as an example user through the real auth backend (the DEMO-only `example-users`
 * provider) and returns the Backstage token it issues.
 */
export async function signInAsExampleUser(
  baseUrl: string,
  userRef: string,
): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/example-users/refresh`, {
    headers: {
      'x-example-user': userRef,
      'X-Requested-With': 'XMLHttpRequest',
    },
  });
  if (!response.ok) {
    throw new Error(
      `could not sign in as ${userRef} (HTTP ${response.status}): is auth.providers.example-users configured?`,
    );
  }
  const body = await response.json();
  return body.backstageIdentity.token;
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
    const text = await response.text();
    let message = text;
    try {
      message = JSON.parse(text).error?.message ?? text;
    } catch {
      // not JSON: keep the text
    }
    throw new Error(`${method} ${path}: HTTP ${response.status}: ${message}`);
  }
  return (response.status === 204 ? undefined : await response.json()) as T;
}
