import { expect, Page, test } from '@playwright/test';
import { openPlatformSection, saveScreenshot, signInAsGuest } from './helpers';

/**
 * The portal loads its demo metrics, then the demo objectives and announcements, while it starts
 * (packages/demo-data): reload until they are there.
 */
async function reloadUntil(page: Page, check: () => Promise<void>) {
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout: 240_000, intervals: [10_000] });
}

test('a key result of the Deployment Platform shows progress computed from the demo metrics', async ({
  page,
}) => {
  await signInAsGuest(page);
  await page.goto('/catalog/default/system/deploy-platform/platform');

  const leadTime = page.getByTestId('key-result-deploy-kr-lead-time');
  await reloadUntil(page, async () => {
    await openPlatformSection(page, 'Roadmap & objectives');
    await expect(leadTime).toContainText(
      'Median lead time from commit to production under 12 hours',
      { timeout: 30_000 },
    );
    // The median lead time of the consumers over 28 days, measured from the demo points.
    await expect(leadTime).toContainText(/\d+(\.\d+)? hours now/, {
      timeout: 1_000,
    });
  });
  await expect(leadTime).toContainText('24 hours → 12 hours');
  await expect(leadTime).toContainText(/-?\d+ %/);
  await expect(leadTime).toContainText(
    /last point \d{1,2} [A-Z][a-z]{2} \d{4}/,
  );
  await expect(leadTime.getByRole('progressbar')).toBeVisible();

  // A guest reads; only the owners get the editing controls.
  await expect(page.getByRole('button', { name: 'Add objective' })).toHaveCount(
    0,
  );
  // Following and announcements are in the Announcements section.
  await openPlatformSection(page, 'Announcements');
  await expect(page.getByRole('button', { name: 'Follow' })).toBeVisible();
  await expect(
    page.getByText('New deployments default to containerd').first(),
  ).toBeVisible();

  await openPlatformSection(page, 'Roadmap & objectives');
  await page.getByText('Objectives & key results').scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'platform-objectives');
});

test('a consuming service shows the announcement on its usage card', async ({
  page,
}) => {
  await signInAsGuest(page);
  await page.goto('/catalog/default/component/checkout-service');

  const announcements = page.getByRole('region', {
    name: 'Platform announcements',
  });
  await reloadUntil(page, async () => {
    await expect(
      announcements.getByRole('link', {
        name: 'New deployments default to containerd',
      }),
    ).toBeVisible({ timeout: 30_000 });
  });
  await expect(announcements).toContainText(
    /Planned change \(upcoming\) · Deployment Platform:/,
  );
  await announcements
    .getByRole('link', { name: 'New deployments default to containerd' })
    .click();
  await expect(page).toHaveURL(
    /\/catalog\/default\/system\/deploy-platform\/platform$/,
  );
});
