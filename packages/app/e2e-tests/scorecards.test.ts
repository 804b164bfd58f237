import { expect, Locator, Page, test } from '@playwright/test';
import { saveScreenshot, signInAsGuest } from './helpers';

/**
 * The portal loads its demo metrics through the ingest API while it starts, so the first pages may
 * still show "No data": reload until the numbers are there.
 */
async function reloadUntil(page: Page, check: () => Promise<void>) {
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout: 240_000, intervals: [5_000] });
}

function platformRow(card: Locator, title: string): Locator {
  return card
    .locator('div')
    .filter({
      has: card.page().getByRole('link', { name: title, exact: true }),
    })
    .filter({ hasText: /error budget|declares no SLOs/ })
    .last();
}

test('a service page shows the platforms it relies on with live SLO numbers', async ({
  page,
}) => {
  await signInAsGuest(page);
  await page.goto('/catalog/default/component/checkout-service');

  const card = page
    .locator('article, .MuiCard-root')
    .filter({ has: page.getByRole('heading', { name: 'Platforms' }) })
    .first();

  await reloadUntil(page, async () => {
    const deploy = platformRow(card, 'Deployment Platform');
    await expect(deploy).toContainText('Healthy', { timeout: 5_000 });
    await expect(deploy).toContainText(/\d+(\.\d)? % of error budget left/, {
      timeout: 1_000,
    });
  });

  // The demo data tells three stories: logging has spent its budget, observability is burning it.
  await expect(platformRow(card, 'Logging Platform')).toContainText('Breached');
  await expect(platformRow(card, 'Logging Platform')).toContainText(
    /Error budget overspent by/,
  );
  await expect(platformRow(card, 'Observability Platform')).toContainText(
    'At risk',
  );
  // Where to get help, and how fast.
  await expect(platformRow(card, 'Deployment Platform')).toContainText(
    '#deploy-help',
  );
  await saveScreenshot(page, 'service-usage-card');
});

test('a platform page shows its scorecard, SLOs and adoption', async ({
  page,
}) => {
  await signInAsGuest(page);
  await page.goto('/catalog/default/system/logging-platform/platform');

  await reloadUntil(page, async () => {
    await expect(page.getByText('Platform scorecard').first()).toBeVisible({
      timeout: 10_000,
    });
    await expect(page.getByText('Breached').first()).toBeVisible({
      timeout: 5_000,
    });
  });

  await expect(page.getByText('SLO status').first()).toBeVisible();
  // Adoption from the live catalog graph: 15 of the 21 teams own a consumer of logging.
  await expect(page.getByText(/15 of 21 teams/).first()).toBeVisible();
  await expect(page.getByText('Adoption over time')).toBeVisible();
  await expect(page.getByText('Teams not adopting yet')).toBeVisible();
  await saveScreenshot(page, 'logging-platform-tab');
});
