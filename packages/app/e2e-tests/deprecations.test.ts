import { Browser, expect, Page, test } from '@playwright/test';
import { saveScreenshot, signInAs, signInAsGuest } from './helpers';

/**
 * The "Done when" path of deprecations: the guest (team-checkout) sees the banner on
 * order-confirmation-worker, a consumer of the deprecated Docker runtime, and requests an exception;
 * noah-williams (team-delivery-platform, owner of docker-runtime) approves it on the deprecations
 * page; the guest's banner and the deprecations page then show the approved exception.
 *
 * The demo database lives as long as the portal, so a retry may find the exception already
 * requested or approved by an earlier run: each step is skipped when its outcome is already there.
 */

const CONSUMER_PAGE = '/catalog/default/component/order-confirmation-worker';
const DOCKER = 'Docker container runtime (deprecated)';
const END = '2027-09-30';

/**
 * Opens a page until `check` passes: the shared demo backend restarts whenever its code changes,
 * and a page opened during a restart shows an error instead of its content.
 */
async function visit(page: Page, path: string, check: () => Promise<void>) {
  await expect(async () => {
    await page.goto(path);
    await check();
  }).toPass({ timeout: 420_000, intervals: [5_000] });
}

async function signedIn(
  browser: Browser,
  signIn: (page: Page) => Promise<void>,
): Promise<Page> {
  // Each user in a context of their own: the sign-in is kept per tab.
  const page = await (await browser.newContext()).newPage();
  await signIn(page);
  return page;
}

test('a consumer requests an exception to a deprecation and its owner approves it', async ({
  browser,
}) => {
  // Three sign-ins in two browser contexts: more than one page's worth of the default timeout.
  test.setTimeout(900_000);
  const guest = await signedIn(browser, signInAsGuest);
  const banner = guest.getByTestId('deprecation-warning');
  await visit(guest, CONSUMER_PAGE, () =>
    expect(banner).toContainText(`depends on ${DOCKER}, which is deprecated`, {
      timeout: 90_000,
    }),
  );
  await expect(banner).toContainText('Sunset on 2027-06-30');
  await expect(banner).toContainText('days left');
  await expect(
    banner.getByRole('link', { name: /migration guide/ }),
  ).toBeVisible();

  const request = banner.getByRole('button', { name: 'Request exception' });
  const state = banner.getByTestId('deprecation-exception');
  // Either the owner may request one now, or an earlier run already did.
  await expect(request.or(state)).toBeVisible();
  if (await request.isVisible()) {
    await request.click();
    const dialog = guest.getByRole('dialog');
    await dialog
      .getByLabel(/Reason/)
      .fill('Peak season freeze: we migrate in the first quarter');
    await dialog.getByLabel(/End date/).fill(END);
    await dialog.getByRole('button', { name: 'Request exception' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(state).toContainText(/Exception (requested|approved) until/);

  const owner = await signedIn(browser, page =>
    signInAs(page, 'user:default/noah-williams'),
  );
  await visit(owner, '/deprecations', () =>
    owner.getByRole('link', { name: DOCKER }).click({ timeout: 90_000 }),
  );
  const exceptions = owner.getByRole('table', { name: 'Exceptions' });
  const row = exceptions
    .getByRole('row')
    .filter({ hasText: /order.confirmation.worker/i })
    .filter({ hasText: /Exception (requested|approved) until/ })
    .first();
  await expect(row).toBeVisible();
  const approve = row.getByRole('button', { name: 'Approve' });
  if (await approve.isVisible()) {
    await approve.click();
    const dialog = owner.getByRole('dialog');
    await dialog
      .getByLabel(/Reason for the decision/)
      .fill('Fine: the freeze is real, migrate right after it');
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(row).toContainText('Exception approved until');
  await expect(row).toContainText('user:default/noah-williams approved');

  await visit(guest, CONSUMER_PAGE, () =>
    expect(guest.getByTestId('deprecation-exception')).toContainText(
      /Exception approved until \d{4}-\d{2}-\d{2}/,
      { timeout: 90_000 },
    ),
  );
  await expect(
    guest.getByRole('button', { name: 'Request exception' }),
  ).toBeHidden();
  await saveScreenshot(guest, 'deprecation-banner');

  const docker = guest
    .getByRole('table', { name: 'Deprecations' })
    .getByRole('row')
    .filter({ hasText: DOCKER });
  await visit(guest, '/deprecations', () =>
    expect(docker).toContainText(/\d+ \/ [1-9]\d*/, { timeout: 90_000 }),
  );
  await guest.getByRole('link', { name: DOCKER }).click();
  await expect(
    guest.getByRole('table', { name: 'Consumers by team' }).getByRole('row', {
      name: /order.confirmation.worker/i,
    }),
  ).toContainText('Exception approved until');
  await saveScreenshot(guest, 'deprecations-page');
});
