// The machine's Chromium and how every browser run of the repository launches it: the browser
// tests (playwright.config.ts), the adopter check (scripts/adopter/browser.mjs) and the bundle
// figures (scripts/bundle-size). No browser is ever downloaded.
//
// Chromium is PP_CHROMIUM_PATH, else /usr/bin/chromium (Debian: apt-get install -y chromium).
const { existsSync } = require('node:fs');

/** Headless, and nothing that reaches for the network on its own (updates, sync, QUIC). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Playwright's launch options for the machine's Chromium.
 *
 * @throws Error saying how to install it when there is no Chromium where it is looked for
 */
function chromiumLaunchOptions() {
  const executablePath = process.env.PP_CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it (Debian: apt-get install -y chromium) or point PP_CHROMIUM_PATH at a Chromium binary.`,
    );
  }
  return { executablePath, args: [...CHROMIUM_ARGS] };
}

module.exports = { CHROMIUM_ARGS, chromiumLaunchOptions };
