import { expect, Page, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import {
  saveScreenshot,
  SCREENSHOT_DIR,
  signInAs,
  signInAsGuest,
} from './helpers';

/**
 * The portal imports a DEMO year of adoption history while it starts (packages/demo-data:
 * adoptionHistoryDemo.ts): reload until the portfolio has it.
 */
async function reloadUntil(page: Page, check: () => Promise<void>) {
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout: 240_000, intervals: [10_000] });
}

const grid = (page: Page) => page.getByRole('table', { name: 'Platforms' });
const heatMap = (page: Page) =>
  page.getByRole('table', { name: 'Adoption by org' });

test('the VP of Engineering reads the portfolio: sorts, drills into an org, goes back 60 days and downloads the view', async ({
  page,
}) => {
  await signInAs(page, 'user:default/morgan-reyes');
  await page.getByRole('link', { name: 'Platforms' }).click();
  await expect(page).toHaveURL(/\/platforms/);
  await expect(
    page.getByRole('heading', { name: 'Platforms portfolio' }),
  ).toBeVisible();
  await reloadUntil(page, async () => {
    await expect(grid(page)).toContainText('Deployment Platform', {
      timeout: 30_000,
    });
    // The imported year is there: the 90-day change of the Deployment Platform has a value.
    await expect(
      grid(page).getByRole('row', { name: /Deployment Platform/ }),
    ).toContainText(/▲ \+\d/, { timeout: 1_000 });
  });

  // Sort by adoption, largest first: the Deployment Platform (19 of 21 teams) leads.
  await grid(page)
    .getByRole('button', { name: 'Adoption', exact: true })
    .click();
  await expect(page).toHaveURL(/sort=adoption/);
  await expect(grid(page).getByRole('row').nth(1)).toContainText(
    'Deployment Platform',
  );
  await expect(grid(page).getByRole('row').nth(1)).toContainText('19 of 21');
  await saveScreenshot(page, 'portfolio-page');

  // The heat map rolls Machine Learning up into Data & Insights; expand it into its sub-org and teams.
  const data = heatMap(page).getByRole('row', { name: /Data & Insights/ });
  await expect(data).toContainText('of 5');
  await heatMap(page)
    .getByRole('button', { name: 'Expand Data & Insights' })
    .click();
  await expect(heatMap(page)).toContainText('Analytics');
  await expect(heatMap(page)).toContainText('Machine Learning');
  await heatMap(page).scrollIntoViewIfNeeded();
  await heatMap(page).screenshot({
    path: path.join(SCREENSHOT_DIR, 'portfolio-heat-map.png'),
  });

  // A cell's teams: Deployment Platform in Commerce.
  await heatMap(page)
    .getByRole('button', { name: /^Deployment Platform in Commerce: / })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Deployment Platform in Commerce');
  await expect(
    dialog.getByRole('list', { name: 'adopting teams' }),
  ).toContainText('Checkout');
  await dialog.getByRole('tab', { name: 'Not adopting' }).click();
  await expect(dialog).toContainText(/Every team here adopts|teams/);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // As of 60 days ago: the grid is rebuilt from that day's records, the imported ones marked.
  const past = new Date(Date.now() - 60 * 24 * 60 * 60_000)
    .toISOString()
    .slice(0, 10);
  await page.getByLabel('As of').fill(past);
  await expect(page).toHaveURL(new RegExp(`asOf=${past}`));
  await expect(page.getByText(`As of ${past}`)).toBeVisible();
  const deployThen = grid(page).getByRole('row', {
    name: /Deployment Platform/,
  });
  await expect(deployThen).toContainText('imported');
  await expect(deployThen).not.toContainText('19 of 21');

  // Export exactly that view.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`portfolio-${past}.csv`);
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  const [header, ...lines] = csv.trimEnd().split('\r\n');
  expect(header.split(',').slice(0, 3)).toEqual(['as_of', 'platform', 'title']);
  expect(lines).toHaveLength(5);
  expect(lines[0].split(',')[0]).toBe(past);
  expect(lines[0].split(',')[1]).toBe('system:default/deploy-platform');
  await saveScreenshot(page, 'portfolio-as-of');
});

test('a team member sees their team’s platforms and the key result scoped to their org', async ({
  page,
}) => {
  await signInAsGuest(page);
  await page.goto('/catalog/default/group/team-checkout');
  const keyResults = page.getByRole('list', { name: 'Key results' });
  await reloadUntil(page, async () => {
    await expect(keyResults).toContainText(
      'Every Commerce team deploys through the platform',
      { timeout: 30_000 },
    );
  });
  await expect(
    page.getByRole('table', { name: 'Platform adoption' }),
  ).toContainText('Deployment Platform');
  await expect(
    page.getByRole('list', { name: 'On deprecated parts' }),
  ).toContainText('Docker');
  await saveScreenshot(page, 'group-platforms-card');
});
