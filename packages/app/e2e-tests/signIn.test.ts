import { expect, test } from '@playwright/test';
import { saveScreenshot, signInAs, waitForPortal } from './helpers';

/**
 * The DEMO-only `example-users` auth provider: sign in as any user of the example organisation,
 * with a real Backstage token whose ownership refs come from the catalog.
 */
const REFRESH_URL = 'http://localhost:7007/api/auth/example-users/refresh';

test('a person picks Noah Williams on the sign-in page and is signed in as him', async ({
  page,
}) => {
  await waitForPortal(page);
  await page.goto('/');
  await expect(page.getByText('Choose who you are')).toBeVisible();
  await saveScreenshot(page, 'sign-in-example-users');

  await page.getByRole('button', { name: /Sign in as Noah Williams/ }).click();
  await expect(
    page.getByRole('heading', { name: 'Acme Catalog' }),
  ).toBeVisible();

  await page.goto('/settings');
  await expect(page.getByText('Noah Williams').first()).toBeVisible();
  await expect(page.getByText('noah.williams@acme.example')).toBeVisible();
  // The sidebar's "My Group" comes from his identity's group membership in the catalog.
  await expect(page.getByRole('link', { name: 'My Group' })).toHaveAttribute(
    'href',
    /team-delivery-platform/,
  );
  await saveScreenshot(page, 'settings-noah-williams');

  // Signing out returns to the picker instead of signing Noah in again.
  await page.getByRole('button', { name: 'more' }).click();
  await page.getByRole('menuitem', { name: 'Sign Out' }).click();
  await expect(page.getByText('Choose who you are')).toBeVisible();
});

test('signInAs signs in as any example user, who stays signed in across navigation', async ({
  page,
}) => {
  await signInAs(page, 'user:default/priya-raman');

  await page.goto('/settings');
  await expect(page.getByText('Priya Raman').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'My Group' })).toHaveAttribute(
    'href',
    /team-checkout/,
  );
});

test("the backend's token carries the user's groups from the catalog", async ({
  page,
}) => {
  await waitForPortal(page);
  const response = await page.request.get(REFRESH_URL, {
    headers: { 'x-example-user': 'user:default/noah-williams' },
  });
  expect(response.status()).toBe(200);
  const body = await response.json();

  const identity = body.backstageIdentity.identity;
  expect(identity.userEntityRef).toBe('user:default/noah-williams');
  expect(identity.ownershipEntityRefs).toContain(
    'group:default/team-delivery-platform',
  );
  expect(body.profile.displayName).toBe('Noah Williams');

  // A signed Backstage user token (JWT) for Noah; the backend keeps his ownership refs with it.
  const parts = body.backstageIdentity.token.split('.');
  expect(parts).toHaveLength(3);
  const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString());
  expect(claims.sub).toBe('user:default/noah-williams');
});

test('a user the catalog does not know is refused', async ({ page }) => {
  await waitForPortal(page);
  const response = await page.request.get(REFRESH_URL, {
    headers: { 'x-example-user': 'user:default/nobody' },
  });
  expect(response.ok()).toBe(false);
  expect(response.status()).toBe(403);
  const body = await response.json();
  expect(body.error.message).toMatch(
    /'user:default\/nobody' is not a User in the catalog/,
  );

  const missing = await page.request.get(REFRESH_URL);
  expect(missing.status()).toBe(400);
  expect((await missing.json()).error.message).toMatch(
    /Missing 'x-example-user' header/,
  );

  // The sign-in page says why and leads back to the picker.
  await page.goto('/');
  await page.getByLabel('User entity ref').fill('user:default/nobody');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(
    page.getByText('Could not sign in as user:default/nobody'),
  ).toBeVisible();
  await expect(page.getByText(/is not a User in the catalog/)).toBeVisible();
  await saveScreenshot(page, 'sign-in-refused');
  await page.getByRole('button', { name: 'Choose another user' }).click();
  await expect(page.getByText('Choose who you are')).toBeVisible();
});
