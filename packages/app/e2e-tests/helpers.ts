import { APIRequestContext, expect, Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

/** Where browser tests leave screenshots for people to look at (kept between runs, git-ignored). */
export const SCREENSHOT_DIR = path.resolve(
  __dirname,
  '../../../e2e-screenshots',
);

/** Waits until the backend answers and the catalog has ingested the example organisation. */
export async function waitForPortal(page: Page) {
  await expect
    .poll(
      async () => {
        const response = await page.request
          .get('http://localhost:7007/api/platform-product/health')
          .catch(() => undefined);
        return response?.status();
      },
      { timeout: 120_000, message: 'the backend did not become healthy' },
    )
    .toBe(200);
}

/**
 * Signs in through the real auth backend as a user of the example organisation (DEMO-only
 * `example-users` provider): types the user's ref on the sign-in page, and the backend issues a
 * Backstage token for the catalog's User entity and its groups. The choice is kept in the tab's
 * sessionStorage, so later `page.goto` calls sign in again by themselves.
 */
export async function signInAs(page: Page, userRef: string) {
  await waitForPortal(page);
  await tokenFor(page.request, userRef);
  await page.goto('/');
  await page.getByLabel('User entity ref').fill(userRef);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'Acme Catalog' }),
  ).toBeVisible();
}

/**
 * A Backstage token for a user of the example organisation, from the DEMO-only `example-users`
 * provider: for the API calls a test makes to set the scene, as that user. The provider signs in
 * with the catalog's User entity, and a fresh portal's catalog may still be ingesting the example
 * organisation (the first test on a busy CI machine met "not a User in the catalog"), so a refused
 * sign-in is tried again for up to 3 minutes.
 */
export async function tokenFor(
  request: APIRequestContext,
  userRef: string,
): Promise<string> {
  let token: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(
          'http://localhost:7007/api/auth/example-users/refresh',
          {
            headers: {
              'x-example-user': userRef,
              'X-Requested-With': 'XMLHttpRequest',
            },
          },
        );
        if (!response.ok()) return `HTTP ${response.status()}`;
        token = (await response.json()).backstageIdentity.token;
        return 'signed in';
      },
      {
        timeout: 180_000,
        intervals: [2_000],
        message: `${userRef} could not sign in (is the user in examples/org.yaml?)`,
      },
    )
    .toBe('signed in');
  return token!;
}

/** Signs in as the example organisation's guest user (a member of team-checkout). */
export async function signInAsGuest(page: Page) {
  await signInAs(page, 'user:default/guest');
}

/**
 * Opens a section of a platform's Platform tab ("Scorecard", "Reliability", "Adoption", "Voice",
 * "Roadmap & objectives", "Announcements", "Deprecations") with one click on its tab.
 */
export async function openPlatformSection(page: Page, name: string) {
  await page
    .getByRole('tablist', { name: 'Platform sections' })
    .getByRole('tab', { name, exact: true })
    .click();
}

export async function saveScreenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, `${name}.png`),
    fullPage: true,
  });
}
