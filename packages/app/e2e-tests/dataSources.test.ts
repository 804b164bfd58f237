import { expect, Page, test } from '@playwright/test';
import { findPrometheus, INSTALL_PROMETHEUS_HINT } from 'local-prometheus';
import { openPlatformSection, saveScreenshot, signInAsGuest } from './helpers';

/**
 * The Observability Platform's SLOs are pulled from Prometheus. scripts/portal.sh starts the demo
 * Prometheus when prometheus and promtool are installed — the same lookup as here, so a portal
 * that Playwright reuses must have been started by scripts/portal.sh on this machine — and
 * without them the Data sources section says how to enable it.
 */
const prometheus = findPrometheus();
const PLATFORM = '/catalog/default/system/observability-platform/platform';

/** The pulls start 20 s after the backend: reload until the section shows what they stored. */
async function reloadUntil(page: Page, check: () => Promise<void>) {
  await expect(async () => {
    await page.reload();
    await openPlatformSection(page, 'Data sources');
    await check();
  }).toPass({ timeout: 240_000, intervals: [10_000] });
}

test('the Observability Platform pulls its SLOs from the demo Prometheus, and burns its budget', async ({
  page,
}) => {
  test.skip(
    !prometheus,
    `no demo Prometheus: prometheus not found (${INSTALL_PROMETHEUS_HINT})`,
  );
  await signInAsGuest(page);
  await page.goto(PLATFORM);

  const table = page.getByRole('table', { name: 'Data sources' });
  const pulled = table
    .getByRole('row')
    .filter({ hasText: 'Pulled from Prometheus' });
  await reloadUntil(page, async () => {
    await expect(
      table.getByText('metrics_api_requests_total{job="metrics-api"}'),
    ).toBeVisible({ timeout: 10_000 });
    // The window's 5-minute steps for each of the three pulled SLO metrics (30 or 28 days), and
    // no problem; then the two pulled KPI metrics.
    await expect(pulled).toHaveCount(5);
    for (const row of await pulled
      .filter({ hasText: 'Metrics API availability' })
      .or(pulled.filter({ hasText: 'Metrics query latency' }))
      .all()) {
      await expect(
        row.getByRole('cell', { name: /^8,[06]\d\d$/ }),
      ).toBeVisible();
    }
  });
  // Support tickets on the platform; deployments per consumer service, one series that names no
  // service reported in words.
  await expect(
    pulled.filter({ hasText: 'Support ticketson the platform' }),
  ).toHaveCount(1);
  await expect(
    pulled.filter({
      hasText: 'Deploymentsper consumer service, by label service',
    }),
  ).toContainText('Unmapped series');
  await expect(
    table.getByText(
      /1 series names no consumer service of the platform \(service="legacy-batch"\)/,
    ),
  ).toBeVisible();
  await expect(
    page.getByText('No Prometheus server is configured'),
  ).toHaveCount(0);
  await saveScreenshot(page, 'data-sources-prometheus');

  // The outage in the demo Prometheus: the fast-burn page fires on the availability SLO.
  await openPlatformSection(page, 'Reliability');
  await expect(
    page.getByText('Metrics API availability').first(),
  ).toBeVisible();
  await expect(page.getByText('At risk').first()).toBeVisible();
});

test('without Prometheus, the Observability Platform says how to enable its SLOs', async ({
  page,
}) => {
  test.skip(
    !!prometheus,
    `the demo Prometheus runs (${prometheus?.prometheus}): its SLOs are pulled, nothing to enable`,
  );
  await signInAsGuest(page);
  await page.goto(PLATFORM);

  await reloadUntil(page, async () => {
    await expect(
      page.getByText('No Prometheus server is configured').first(),
    ).toBeVisible({ timeout: 10_000 });
  });
  // The generic advice, then the demo's hint from app-config.yaml.
  await expect(
    page
      .getByText(/add one under platformProduct\.prometheus\.servers/)
      .first(),
  ).toBeVisible();
  await expect(
    page
      .getByText(/apt-get install prometheus.*\.\/scripts\/start\.sh/)
      .first(),
  ).toBeVisible();
  await saveScreenshot(page, 'data-sources-no-prometheus');
});
