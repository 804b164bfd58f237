import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.cjs';

/**
 * Browser tests drive the real portal (frontend on :3000, backend on :7007) in the machine's own
 * Chromium: no browser is ever downloaded. `scripts/test.sh` runs them; Playwright starts the portal
 * with its demo data (`scripts/portal.sh`) unless one is already running (outside CI).
 */
const launchOptions = chromiumLaunchOptions();

export default defineConfig({
  testDir: 'packages/app/e2e-tests',
  timeout: 180_000,
  expect: { timeout: 60_000 },
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'e2e-test-report' }],
  ],
  outputDir: 'test-results',
  webServer: {
    command: 'scripts/portal.sh',
    url: 'http://localhost:3000',
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // scripts/portal.sh stops the demo Prometheus, which then removes its data.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  },
  use: {
    baseURL: process.env.PLAYWRIGHT_URL ?? 'http://localhost:3000',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    viewport: { width: 1440, height: 900 },
    launchOptions,
  },
});
