/**
 * The JS and CSS the example app's built frontend fetches to open an entity page's Overview in
 * Chromium, for scripts/bundle-size.mjs (whose header says why a browser and what the mocks are).
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import chromiumSettings from '../chromium.cjs';

/** app.baseUrl and backend.baseUrl of app-config.yaml, baked into the build. */
const APP_BASE = 'http://localhost:3000';
const BACKEND_BASE = 'http://localhost:7007';

const ENTITY_PAGES = [
  {
    label: 'service entity page, Overview',
    path: '/catalog/default/component/payments-api',
    entity: {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'payments-api', namespace: 'default' },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: 'group:default/payments',
      },
      relations: [],
    },
  },
  {
    label: 'platform entity page, Overview',
    path: '/catalog/default/system/deploy-platform',
    entity: {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: { name: 'deploy-platform', namespace: 'default' },
      spec: {
        owner: 'group:default/delivery',
        platform: { category: 'deployment' },
      },
      relations: [],
    },
  },
];

/** An unsigned JWT the frontend only reads the expiry and identity of. */
function fakeToken(userEntityRef) {
  const part = value =>
    Buffer.from(JSON.stringify(value)).toString('base64url');
  const exp = Math.floor(Date.now() / 1000) + 3600;
  return `${part({ alg: 'none' })}.${part({
    sub: userEntityRef,
    ent: [userEntityRef],
    exp,
  })}.x`;
}

/** A scorecard of one KPI with a week of history, so its card draws a sparkline. */
function scorecardFixture(entityRef) {
  const history = Array.from({ length: 7 }, (_, i) => ({
    day: `2026-01-0${i + 1}`,
    value: 0.9 + i / 100,
    status: 'met',
  }));
  const kpi = {
    kpi: 'adoption',
    title: 'Adoption',
    unit: 'ratio',
    direction: 'at-least',
  };
  return {
    entityRef,
    from: '2026-01-01',
    to: '2026-01-07',
    kpis: [{ ...kpi, value: 0.96, target: 0.9, status: 'met', history }],
    capacityUnlockedHoursPerMonth: null,
    computedAt: '2026-01-07T00:00:00Z',
  };
}

/** The backend's answer to `path` for the page of `entity`, or undefined for a 404. */
function backendAnswer(method, path, body, entity) {
  const user = 'user:default/guest';
  const ref = `${entity.kind}:default/${entity.metadata.name}`.toLowerCase();
  if (path.endsWith('/refresh')) {
    return {
      profile: { displayName: 'Guest' },
      backstageIdentity: {
        token: fakeToken(user),
        identity: {
          type: 'user',
          userEntityRef: user,
          ownershipEntityRefs: [user],
        },
      },
    };
  }
  if (path.startsWith('/api/catalog/entities/by-name/')) return entity;
  if (path === '/api/catalog/entities/by-refs') {
    return { items: (body?.entityRefs ?? []).map(() => null) };
  }
  if (path === '/api/catalog/entities/by-query') {
    return { items: [], totalItems: 0, pageInfo: {} };
  }
  if (path === '/api/permission/authorize' && method === 'POST') {
    return {
      items: (body?.items ?? []).map(({ id }) => ({ id, result: 'ALLOW' })),
    };
  }
  if (path.endsWith(`/${ref.replace(':', '/')}/scorecard`)) {
    return scorecardFixture(ref);
  }
  return undefined;
}

/** Answers the app's own URLs from dist, the backend's from mocks, and nothing else. */
function routeRequests(context, dist, entity) {
  return context.route('**/*', async route => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.origin === APP_BASE) {
      const file = join(dist, url.pathname);
      const isFile = url.pathname !== '/' && existsSync(file);
      return route.fulfill({ path: isFile ? file : join(dist, 'index.html') });
    }
    if (url.origin !== BACKEND_BASE) return route.abort();
    const body = request.postDataJSON?.() ?? undefined;
    const answer = backendAnswer(request.method(), url.pathname, body, entity);
    return answer === undefined
      ? route.fulfill({
          status: 404,
          json: {
            error: { name: 'NotFoundError', message: 'not mocked' },
            response: { statusCode: 404 },
          },
        })
      : route.fulfill({ json: answer });
  });
}

/** Waits until no JS or CSS has been requested for `quietMs` (lazy chunks come in waves). */
async function settle(requested, quietMs = 3000, timeoutMs = 60000) {
  const start = Date.now();
  let seen = -1;
  while (seen !== requested.size && Date.now() - start < timeoutMs) {
    seen = requested.size;
    await new Promise(r => setTimeout(r, quietMs));
  }
}

/** The JS and CSS files the browser fetched to show the page of `entityPage`. */
async function filesOfEntityPage(browser, dist, isCode, entityPage) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(() =>
      sessionStorage.setItem(
        'platform-product.example-user',
        'user:default/guest',
      ),
    );
    await routeRequests(context, dist, entityPage.entity);
    const requested = new Set();
    const page = await context.newPage();
    page.on('request', request => {
      const { origin, pathname } = new URL(request.url());
      if (origin === APP_BASE && isCode(pathname)) requested.add(pathname);
    });
    await page.goto(`${APP_BASE}${entityPage.path}`);
    try {
      await page.getByText(entityPage.entity.metadata.name).first().waitFor();
    } catch (error) {
      const shot = join(tmpdir(), 'bundle-size-failed-page.png');
      await page.screenshot({ path: shot, fullPage: true });
      throw new Error(
        `${entityPage.label} did not show ${entityPage.entity.metadata.name} (screenshot: ${shot}): ${error.message}`,
      );
    }
    await settle(requested);
    return [...requested];
  } finally {
    await context.close();
  }
}

/** For each entity page (service, platform), the JS and CSS files it fetched, initial load included. */
export async function filesOfEntityPages(dist, isCode) {
  const browser = await chromium.launch(
    chromiumSettings.chromiumLaunchOptions(),
  );
  try {
    const pages = [];
    for (const entityPage of ENTITY_PAGES) {
      const files = await filesOfEntityPage(browser, dist, isCode, entityPage);
      pages.push({ label: entityPage.label, files });
    }
    return pages;
  } finally {
    await browser.close();
  }
}
