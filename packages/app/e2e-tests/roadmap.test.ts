import { APIRequestContext, expect, Page, test } from '@playwright/test';
import {
  openPlatformSection,
  saveScreenshot,
  signInAs,
  tokenFor,
  waitForPortal,
} from './helpers';

const BACKEND = 'http://localhost:7007';
const OWNER = 'user:default/sara-nilsson';
const BOARD = `${BACKEND}/api/platform-product/platforms/system/default/logging-platform/roadmap`;
const ITEM = 'Structured log search';

/**
 * Puts the test item at the bottom of the Logging Platform's Next column, whatever a previous run
 * (or an edit in the demo) left: creates it when the backend restarted without it, moves it back to
 * Next when it is elsewhere. The Logging Platform keeps its roadmap in the portal, so the owner may.
 */
async function resetItem(request: APIRequestContext) {
  const headers = { Authorization: `Bearer ${await tokenFor(request, OWNER)}` };
  const response = await request.get(BOARD, { headers });
  expect(response.ok()).toBe(true);
  const board = await response.json();
  const items = [
    ...board.horizons.now,
    ...board.horizons.next,
    ...board.horizons.later,
  ];
  const item = items.find((i: { title: string }) => i.title === ITEM);
  if (!item) {
    const created = await request.post(`${BOARD}/items`, {
      headers,
      data: {
        horizon: 'next',
        title: ITEM,
        problem:
          'Finding all log lines of one request takes minutes of full-text search.',
        hypothesis:
          'We believe indexing structured fields will let engineers find a request in seconds, measured by MTTR.',
        confidence: 'medium',
        status: 'committed',
        personas: [
          'persona:default/feature-engineer',
          'persona:default/sre-oncall',
        ],
        category: 'new-capability',
        keyResultId: null,
      },
    });
    expect(created.status()).toBe(201);
  } else if (item.horizon !== 'next') {
    const moved = await request.post(`${BOARD}/items/${item.id}/move`, {
      headers,
      data: { version: item.version, horizon: 'next' },
    });
    expect(moved.ok()).toBe(true);
  }
}

/** The card of the item in a column of the board. */
function cardIn(page: Page, column: 'Now' | 'Next' | 'Later') {
  return page
    .getByRole('region', { name: `${column} column` })
    .getByRole('heading', { name: ITEM });
}

test('an owner moves a roadmap item from Next to Now and a consuming service shows it', async ({
  page,
}) => {
  test.setTimeout(360_000);
  // The backend restarts when its files change (and loses the portal's in-memory data): wait for it,
  // and retry until the item is in place.
  await waitForPortal(page);
  await expect(() => resetItem(page.request)).toPass({ timeout: 180_000 });

  await signInAs(page, OWNER);
  await page.goto('/catalog/default/system/logging-platform/platform');
  await openPlatformSection(page, 'Roadmap & objectives');
  await expect(cardIn(page, 'Next')).toBeVisible();

  await page.getByRole('button', { name: `Actions for ${ITEM}` }).click();
  await page.getByRole('menuitem', { name: 'Move to Now' }).click();
  await expect(cardIn(page, 'Now')).toBeVisible();
  await expect(cardIn(page, 'Next')).toHaveCount(0);
  await page
    .getByRole('region', { name: 'Now column' })
    .scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'roadmap-board');

  // checkout-service relies on the Logging Platform and is owned by team-checkout, whose personas
  // (feature engineer, SRE / on-call) the item affects.
  await page.goto('/catalog/default/component/checkout-service');
  await expect(
    page.getByText(/Now on Logging Platform:/).locator('..'),
  ).toContainText(ITEM);
});
