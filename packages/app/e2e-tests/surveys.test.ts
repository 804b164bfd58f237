import { APIRequestContext, expect, Page, test } from '@playwright/test';
import {
  openPlatformSection,
  saveScreenshot,
  signInAs,
  signInAsGuest,
  tokenFor,
} from './helpers';

const BACKEND = 'http://localhost:7007';
const OWNER = 'user:default/sara-nilsson';
const LOGGING_RESULTS = `${BACKEND}/api/platform-product/platforms/system/default/logging-platform/surveys/results`;

/** The title of the quarter before the current one (UTC), the demo's latest closed round. */
function previousQuarterTitle(now: Date): string {
  const quarter = Math.floor(now.getUTCMonth() / 3);
  return quarter === 0
    ? `Q4 ${now.getUTCFullYear() - 1}`
    : `Q${quarter} ${now.getUTCFullYear()}`;
}

/** The open round of the Logging Platform and its answer count, read by its owner through the API. */
async function openRoundAsOwner(request: APIRequestContext) {
  const token = await tokenFor(request, OWNER);
  const results = await request.get(LOGGING_RESULTS, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const body = await results.json();
  return body.rounds.find((r: any) => r.round.closedAt === null) as
    | { round: { title: string }; result: { n: number } }
    | undefined;
}

/** The demo loader runs the survey rounds after the metrics: reload until the prompt is there. */
async function reloadUntilPrompted(page: Page) {
  await expect(async () => {
    await page.reload();
    await expect(
      page.getByText(
        'How likely are you to recommend Logging Platform to a colleague?',
      ),
    ).toBeVisible({ timeout: 15_000 });
  }).toPass({ timeout: 240_000, intervals: [10_000] });
}

test('a guest of an adopting team answers the survey in context, and the owner sees the answer counted', async ({
  page,
  browser,
}) => {
  test.setTimeout(420_000);
  await signInAsGuest(page);
  await page.goto('/catalog/default/component/checkout-service');
  await reloadUntilPrompted(page);

  const before = await openRoundAsOwner(page.request);
  expect(
    before,
    'the demo data leaves an open round on the Logging Platform',
  ).toBeDefined();

  // No counts or other answers are shown before answering.
  const prompt = page.getByRole('region', {
    name: 'Survey about Logging Platform',
  });
  await expect(prompt).not.toContainText('NPS');
  await prompt.getByRole('button', { name: '9', exact: true }).click();
  await prompt
    .getByLabel('What would most improve your workflow?')
    .fill('Faster log search during incidents <b>please</b>');
  await prompt.getByRole('button', { name: 'Submit' }).click();
  await expect(
    page.getByText(
      'Thank you — your answer about Logging Platform was recorded.',
    ),
  ).toBeVisible();

  await page.reload();
  await expect(
    page.getByRole('link', { name: 'Logging Platform', exact: true }).first(),
  ).toBeVisible({ timeout: 60_000 });
  await expect(
    page.getByText(/How likely are you to recommend/),
  ).not.toBeVisible({ timeout: 15_000 });

  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  await signInAs(ownerPage, OWNER);
  await ownerPage.goto('/catalog/default/system/logging-platform/platform');
  await openPlatformSection(ownerPage, 'Voice');
  await expect(
    ownerPage.getByRole('heading', {
      name: `Open round: ${before!.round.title}`,
    }),
  ).toBeVisible({ timeout: 60_000 });
  await expect(
    ownerPage.getByText(
      'Live results (visible to the owners only until the round closes)',
    ),
  ).toBeVisible();
  await expect(
    ownerPage.getByText(`n=${before!.result.n + 1} ·`).first(),
  ).toBeVisible();
  await expect(
    ownerPage.getByText('Faster log search during incidents <b>please</b>'),
  ).toBeVisible();
  await expect(
    ownerPage.getByRole('heading', {
      name: `Latest closed round: ${previousQuarterTitle(new Date())}`,
      exact: false,
    }),
  ).toBeVisible();
  await ownerPage.getByText('Satisfaction (NPS)').scrollIntoViewIfNeeded();
  await saveScreenshot(ownerPage, 'surveys-owner-view');
  await ownerContext.close();
});
