import { expect, Page } from '@playwright/test';
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

/** Signs in through the real auth backend with the guest provider. */
export async function signInAsGuest(page: Page) {
  await waitForPortal(page);
  await page.goto('/');
  const enter = page.getByRole('button', { name: 'Enter' });
  await expect(enter).toBeVisible();
  await enter.click();
  // The guest session cookie is set once the catalog renders; navigating earlier signs out again.
  await expect(
    page.getByRole('heading', { name: 'Acme Catalog' }),
  ).toBeVisible();
}

export async function saveScreenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, `${name}.png`),
    fullPage: true,
  });
}
