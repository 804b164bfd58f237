import { expect, test } from '@playwright/test';
import { openPlatformSection, saveScreenshot, signInAsGuest } from './helpers';

const PLATFORMS = {
  'deploy-platform': 'Deployment Platform',
  'logging-platform': 'Logging Platform',
  'observability-platform': 'Observability Platform',
  'secrets-platform': 'Secrets Platform',
  'data-pipeline-platform': 'Data Pipeline Platform',
};

test('a guest finds the example platforms in the catalog', async ({ page }) => {
  await signInAsGuest(page);

  await page.goto('/catalog?filters[kind]=system&filters[user]=all');
  await expect(
    page.getByRole('heading', { name: /Acme Catalog/ }),
  ).toBeVisible();
  for (const [name, title] of Object.entries(PLATFORMS)) {
    await expect(
      page.locator(`a[href="/catalog/default/system/${name}"]`),
    ).toHaveText(title);
  }
  await saveScreenshot(page, 'catalog-platforms');
});

test('a platform shows what it declares on its Platform tab', async ({
  page,
}) => {
  await signInAsGuest(page);

  await page.goto('/catalog/default/system/deploy-platform');
  await page.getByRole('tab', { name: 'Platform' }).click();

  // The SLO definitions and the support promise are in the Reliability section.
  await openPlatformSection(page, 'Reliability');
  await expect(page.getByText('Deploy API availability').first()).toBeVisible();
  // 99.9 % over a rolling 30 days allows 43.2 minutes of full downtime.
  await expect(
    page.getByText(/43\.2 min of full downtime per 30d/),
  ).toBeVisible();
  await expect(page.getByText('#deploy-help')).toBeVisible();
  await saveScreenshot(page, 'deploy-platform-tab');
  // The product card, with the personas it serves, is in the Scorecard section.
  await openPlatformSection(page, 'Scorecard');
  await expect(
    page.getByRole('link', { name: 'Feature engineer' }).first(),
  ).toBeVisible();
});
