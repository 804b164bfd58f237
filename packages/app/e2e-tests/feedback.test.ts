import { expect, test } from '@playwright/test';
import {
  openPlatformSection,
  saveScreenshot,
  signInAs,
  tokenFor,
  waitForPortal,
} from './helpers';

const API = 'http://localhost:7007/api/platform-product';
const LOGGING = `${API}/platforms/system/default/logging-platform`;
const OWNER = 'user:default/sara-nilsson';
/** Team Checkout adopts the Logging Platform, so she may answer its round; she does not sign. */
const RESPONDENT = 'user:default/priya-raman';

test('an owner backs a roadmap item with an anonymous comment, ships it, and the respondent is told', async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  // Unique per run, so a portal that ran this test before does not confuse it.
  const stamp = Date.now().toString(36);
  const comment = `Audits need ninety days of logs, not seven (${stamp})`;
  const title = `Ninety days of audit logs (${stamp})`;

  // The scene, through the API: the respondent answers the open round, the owner adds the item.
  await waitForPortal(page);
  const request = page.request;
  const owner = { Authorization: `Bearer ${await tokenFor(request, OWNER)}` };
  // The demo backs Logging Platform items with feedback after its survey rounds and roadmap are
  // in: once an item shows evidence, the open round is the demo's Q4 round.
  await expect
    .poll(
      async () => {
        const board = await request.get(`${LOGGING}/roadmap`, {
          headers: owner,
        });
        if (!board.ok()) return 0;
        const { horizons } = await board.json();
        return [...horizons.now, ...horizons.next, ...horizons.later].filter(
          (item: any) => item.evidence.count > 0,
        ).length;
      },
      {
        timeout: 240_000,
        message: 'the demo backs Logging Platform roadmap items with feedback',
      },
    )
    .toBeGreaterThan(0);
  const { rounds } = await (
    await request.get(`${LOGGING}/surveys/results`, { headers: owner })
  ).json();
  const open = rounds.find((r: any) => r.round.closedAt === null);
  expect(
    open,
    'the demo leaves an open round on the Logging Platform',
  ).toBeDefined();
  const roundId = open.round.id;
  const answered = await request.post(
    `${LOGGING}/surveys/rounds/${roundId}/responses`,
    {
      headers: {
        Authorization: `Bearer ${await tokenFor(request, RESPONDENT)}`,
      },
      data: { score: 5, comment },
    },
  );
  expect(answered.status()).toBe(204);
  const created = await request.post(`${LOGGING}/roadmap/items`, {
    headers: owner,
    data: {
      horizon: 'next',
      title,
      problem: 'Logs are kept for seven days; audits ask for ninety.',
      hypothesis:
        'We believe tiered storage keeps ninety days at the same cost, measured by support tickets.',
      confidence: 'medium',
      status: 'committed',
      personas: ['persona:default/sre-oncall'],
      category: 'new-capability',
      keyResultId: null,
    },
  });
  expect(created.status()).toBe(201);

  // The owner links the comment to the item from the round's comments.
  await signInAs(page, OWNER);
  await page.goto('/catalog/default/system/logging-platform/platform');
  await openPlatformSection(page, 'Voice');
  const commentItem = page.getByRole('listitem').filter({ hasText: comment });
  await commentItem
    .getByRole('button', { name: /Back a roadmap item/ })
    .click({ timeout: 60_000 });
  const dialog = page.getByRole('dialog', {
    name: 'Back a roadmap item with this comment',
  });
  await dialog.getByLabel('Roadmap item').click();
  await page.getByRole('option', { name: `${title} (next)` }).click();
  await dialog.getByRole('button', { name: 'Link' }).click();
  await expect(dialog).toBeHidden();

  // The item shows the feedback behind it; the owner reads the words, not who said them.
  await openPlatformSection(page, 'Roadmap & objectives');
  await page
    .getByRole('button', { name: `Feedback behind ${title}` })
    .click({ timeout: 60_000 });
  const evidence = page.getByRole('region', { name: 'Evidence' });
  await expect(
    evidence.getByText('Backed by 1 piece of feedback'),
  ).toBeVisible();
  await expect(evidence.getByText(comment)).toBeVisible();
  await expect(evidence.getByText(/· anonymous ·/)).toBeVisible();
  await expect(evidence).not.toContainText('priya');
  await saveScreenshot(page, 'feedback-evidence');
  await page.keyboard.press('Escape');
  await expect(evidence).toBeHidden();

  // The owner ships the item.
  await page.getByRole('button', { name: `Actions for ${title}` }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: `Edit "${title}"` });
  await edit.getByLabel('Status').click();
  await page.getByRole('option', { name: 'shipped' }).click();
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();

  // The respondent hears that what they asked for shipped.
  const respondentContext = await browser.newContext();
  const respondentPage = await respondentContext.newPage();
  await signInAs(respondentPage, RESPONDENT);
  await respondentPage.goto('/notifications');
  await expect(
    respondentPage.getByText(`Something you asked for shipped: ${title}`),
  ).toBeVisible({ timeout: 60_000 });
  await saveScreenshot(respondentPage, 'feedback-shipped-notification');
  await respondentContext.close();
});
