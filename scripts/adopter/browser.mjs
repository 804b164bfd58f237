#!/usr/bin/env node
// Opens the suite's pages of an adopter app in the machine's Chromium, as a guest, and fails on any
// console error, page error or failed API request, or when a page does not show what it should.
//
//   node scripts/adopter/browser.mjs <app url> <screenshot folder>
//
// Chromium is PP_CHROMIUM_PATH or /usr/bin/chromium; no browser is ever downloaded.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import chromiumSettings from '../chromium.cjs';

const [baseUrl, shots] = process.argv.slice(2);
if (!baseUrl || !shots) {
  console.error('usage: browser.mjs <app url> <screenshot folder>');
  process.exit(2);
}
fs.mkdirSync(shots, { recursive: true });

// Each page of the suite and a text that shows it rendered with data from the backend.
const pages = [
  {
    name: 'entity page, Platform tab',
    path: '/catalog/default/system/deploy-platform/platform',
    expect: /Scorecard/,
  },
  {
    name: 'service page, usage card',
    path: '/catalog/default/component/checkout-service',
    expect: /Deployment Platform/,
  },
  { name: 'deprecations page', path: '/deprecations', expect: /Deprecations/ },
  { name: 'roadmap page', path: '/roadmap', expect: /Roadmap/ },
  {
    name: 'platforms (portfolio) page',
    path: '/platforms',
    expect: /Deployment Platform/,
  },
];

// The stock apps' guest sign-in is `user:development/guest`, which no catalog declares: the stock
// app's own components look it up and get a 404 (Chromium logs each failed load as a console error).
// Nothing of the suite asks for it; any other failed request counts.
const stockNoise =
  /\/api\/catalog\/entities\/by-name\/user\/development\/guest$/;

const browser = await chromium.launch(chromiumSettings.chromiumLaunchOptions());
const problems = [];
try {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
  });
  const page = await context.newPage();
  let current = 'sign-in';
  page.on('console', message => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    if (stockNoise.test(url)) return;
    problems.push(
      `${current}: console error: ${message.text()}${url ? ` (${url})` : ''}`,
    );
  });
  page.on('pageerror', error =>
    problems.push(`${current}: page error: ${error.message}`),
  );
  page.on('response', response => {
    if (response.status() >= 400 && !stockNoise.test(response.url())) {
      problems.push(`${current}: ${response.status()} from ${response.url()}`);
    }
  });

  // The stock apps sign in with the guest provider; the sign-in page may come back on a reload.
  const enter = page.getByRole('button', { name: /^enter$/i });
  for (const { name, path: route, expect } of pages) {
    current = name;
    const started = Date.now();
    await page.goto(new URL(route, baseUrl).toString(), {
      waitUntil: 'domcontentloaded',
    });
    const shown = page.locator('main').getByText(expect).first();
    try {
      await shown.or(enter).first().waitFor({ timeout: 60_000 });
      if (await enter.isVisible()) {
        await enter.click();
        await shown.waitFor({ timeout: 60_000 });
      }
      await page.waitForLoadState('networkidle');
    } catch {
      problems.push(`${name} (${route}): ${expect} did not appear`);
    }
    const file = path.join(
      shots,
      `${route.replace(/\W+/g, '-').replace(/^-|-$/g, '')}.png`,
    );
    await page.screenshot({ path: file, fullPage: true });
    console.log(
      `[browser] ${name}: ${route} in ${Date.now() - started} ms (${file})`,
    );
  }
} finally {
  await browser.close();
}

if (problems.length) {
  console.error(
    `[browser] ${problems.length} problem(s):\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
console.log('[browser] every page rendered, no console or page errors');
