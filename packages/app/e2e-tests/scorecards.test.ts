import { expect, Locator, Page, test } from '@playwright/test';
import { openPlatformSection, saveScreenshot, signInAsGuest } from './helpers';

/**
 * The portal loads its demo metrics through the ingest API while it starts, so the first pages may
 * still show "No data": reload until the numbers are there.
 */
async function reloadUntil(page: Page, check: () => Promise<void>) {
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout: 240_000, intervals: [10_000] });
}

/** One platform's row on the service card: the smallest block with its link and its support line. */
function platformRow(page: Page, title: string): Locator {
  return page
    .locator('div')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) })
    .filter({ hasText: 'Support:' })
    .last();
}

test('a service page shows the platforms it relies on with live SLO numbers', async ({
  page,
}) => {
  await signInAsGuest(page);
  await page.goto('/catalog/default/component/checkout-service');

  await reloadUntil(page, async () => {
    const deploy = platformRow(page, 'Deployment Platform');
    await expect(deploy).toContainText('Healthy', { timeout: 30_000 });
    await expect(deploy).toContainText(/\d+(\.\d)? % of error budget left/, {
      timeout: 1_000,
    });
  });

  // The pushed demo data tells its stories: logging has spent its budget. (Observability's, burning
  // its budget, comes from the demo Prometheus: dataSources.test.ts.)
  const logging = platformRow(page, 'Logging Platform');
  await expect(logging).toContainText('Breached');
  await expect(logging).toContainText(/Error budget overspent by/);
  // Where to get help, and how fast.
  await expect(platformRow(page, 'Deployment Platform')).toContainText(
    /#deploy-help.*P1 in 15m/,
  );
  await saveScreenshot(page, 'service-usage-card');
});

test('a platform page shows its scorecard, SLOs and adoption', async ({
  page,
}) => {
  await signInAsGuest(page);
  await page.goto('/catalog/default/system/logging-platform/platform');

  await reloadUntil(page, async () => {
    await openPlatformSection(page, 'Scorecard');
    await expect(page.getByText('Platform scorecard').first()).toBeVisible({
      timeout: 30_000,
    });
    // The breached availability SLO, from 30 days of demo SLI counts.
    await openPlatformSection(page, 'Reliability');
    await expect(page.getByText('Log ingest availability').first()).toBeVisible(
      {
        timeout: 10_000,
      },
    );
    await expect(page.getByText('Breached').first()).toBeVisible();
  });

  await expect(page.getByText('SLO status').first()).toBeVisible();
  await expect(
    page.getByText('Burn rate (long / short)').first(),
  ).toBeVisible();
  // Adoption from the live catalog graph: 15 of the 21 teams own a consumer of logging.
  await openPlatformSection(page, 'Adoption');
  await expect(page.getByText(/15 of 21 teams/).first()).toBeVisible();
  // The trend ends at today's live snapshot; the demo's imported year comes before it, dashed.
  await expect(
    page.getByText(/ to 71\.4 % \(15 of 21\) on \d{4}-\d{2}-\d{2}\./),
  ).toBeVisible();
  await expect(page.getByText(/, imported\) on /)).toBeVisible();
  await expect(page.getByText('Teams not adopting yet')).toBeVisible();
  await saveScreenshot(page, 'logging-platform-tab');
});
