import { expect, test } from '@playwright/test';
import { saveScreenshot, signInAsGuest } from './helpers';

const ITEM = 'Cheaper long retention';

test('searching "log retention" finds the Logging Platform\'s roadmap item and leads to its roadmap', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await signInAsGuest(page);
  await page.goto('/search?query=log%20retention');

  // The collator indexes on its schedule (search.collators.platformProduct.schedule: 5 s after the
  // start, then every minute), and the demo loads the Logging Platform's roadmap after the start:
  // reload until the first index that has it.
  const item = page
    .getByTestId('platform-product-search-result')
    .filter({ has: page.getByRole('link', { name: ITEM }) });
  await expect(async () => {
    await page.reload();
    await expect(item).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 180_000, intervals: [5_000] });
  await expect(item).toContainText('Type: Roadmap item');
  await expect(item).toContainText('Platform: Logging Platform');
  await expect(item).toContainText('Horizon: Later');

  // The Platform Product result type, and its filter on what a result is.
  await page.getByRole('button', { name: /Platform Product/ }).click();
  await page
    .getByTestId('search-selectfilter-next')
    .filter({ hasText: 'Type' })
    .getByRole('button')
    .click();
  await page.getByRole('option', { name: 'Roadmap item' }).click();
  await expect(item).toBeVisible();
  await expect(
    page
      .getByTestId('platform-product-search-result')
      .filter({ hasText: 'Type: Platform' }),
  ).toHaveCount(0);
  await saveScreenshot(page, 'search');

  await item.getByRole('link', { name: ITEM }).click();
  await expect(page).toHaveURL(
    /\/catalog\/default\/system\/logging-platform\/platform\?section=roadmap#roadmap-item-/,
  );
  await expect(
    page
      .getByRole('region', { name: 'Later column' })
      .getByRole('heading', { name: ITEM }),
  ).toBeVisible();
});
