import { ResponseError } from '@backstage/errors';
import { AdoptionClient } from '../features/adoption/api';
import { PlatformsClient } from '../features/platforms/api';
import { ScorecardsClient } from '../features/scorecards/api';
import { SlosClient } from '../features/slos/api';
import { describeError } from './describeError';
import { apiPath, entitySegments, queryString } from './PlatformProductFetcher';

const baseUrl = 'http://localhost:7007/api/platform-product';

function setup(response: Response = jsonResponse({ ok: true })) {
  const fetch = jest.fn<Promise<Response>, Parameters<typeof globalThis.fetch>>(
    async () => response.clone(),
  );
  const getBaseUrl = jest.fn().mockResolvedValue(baseUrl);
  const options = { discoveryApi: { getBaseUrl }, fetchApi: { fetch } };
  // Every feature client sends through the one fetcher; these four exercise all it does.
  const client = {
    platforms: new PlatformsClient(options),
    scorecards: new ScorecardsClient(options),
    slos: new SlosClient(options),
    adoption: new AdoptionClient(options),
  };
  return { client, fetch, getBaseUrl };
}

function jsonResponse(body: unknown, init?: ResponseInit): Response {
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json' },
    ...init,
  });
}

describe('PlatformProductFetcher, through the feature clients', () => {
  it('asks discovery for the platform-product backend and returns its answer', async () => {
    const { client, fetch, getBaseUrl } = setup(
      jsonResponse({ items: [{ entityRef: 'system:default/deploy' }] }),
    );
    await expect(client.platforms.listPlatforms()).resolves.toEqual({
      items: [{ entityRef: 'system:default/deploy' }],
    });
    expect(getBaseUrl).toHaveBeenCalledWith('platform-product');
    expect(fetch).toHaveBeenCalledWith(`${baseUrl}/platforms`, undefined);
  });

  it('puts each part of the entity ref in the path, encoded, with the kind in lower case', async () => {
    const { client, fetch } = setup();
    await client.platforms.getEntityPlatforms({
      entityRef: 'Component:my-ns/checkout service#2',
    });
    expect(fetch).toHaveBeenCalledWith(
      `${baseUrl}/entities/component/my-ns/checkout%20service%232/platforms`,
      undefined,
    );
  });

  it('accepts an entity ref as its parts', async () => {
    const { client, fetch } = setup();
    await client.slos.getSlos({
      entityRef: { kind: 'System', namespace: 'default', name: 'a/b' },
    });
    expect(fetch).toHaveBeenCalledWith(
      `${baseUrl}/platforms/system/default/a%2Fb/slos`,
      undefined,
    );
  });

  it('passes the day range of the scorecard and adoption only when given', async () => {
    const { client, fetch } = setup();
    await client.scorecards.getScorecard({
      entityRef: 'system:default/deploy-platform',
      from: '2025-01-01',
      to: '2025-01-31',
    });
    await client.adoption.getAdoption({
      entityRef: 'system:default/deploy-platform',
      to: '2025-01-31',
    });
    await client.adoption.getAdoption({
      entityRef: 'system:default/deploy-platform',
    });
    expect(fetch.mock.calls.map(call => call[0])).toEqual([
      `${baseUrl}/platforms/system/default/deploy-platform/scorecard?from=2025-01-01&to=2025-01-31`,
      `${baseUrl}/platforms/system/default/deploy-platform/adoption?to=2025-01-31`,
      `${baseUrl}/platforms/system/default/deploy-platform/adoption`,
    ]);
  });

  it('refreshes adoption with a POST', async () => {
    const { client, fetch } = setup();
    await client.adoption.refreshAdoption({
      entityRef: 'system:default/deploy-platform',
    });
    expect(fetch).toHaveBeenCalledWith(
      `${baseUrl}/platforms/system/default/deploy-platform/adoption/refresh`,
      { method: 'POST' },
    );
  });

  it('posts metric points as a JSON batch', async () => {
    const { client, fetch } = setup(jsonResponse({ received: 1, entities: 1 }));
    const point = {
      entityRef: 'system:default/deploy-platform',
      metric: 'deployments',
      timestamp: '2025-03-01T00:00:00Z',
      value: 3,
    };
    await expect(
      client.platforms.ingestMetrics({ points: [point] }),
    ).resolves.toEqual({
      received: 1,
      entities: 1,
    });
    expect(fetch).toHaveBeenCalledWith(`${baseUrl}/metrics`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ points: [point] }),
    });
  });

  it("turns an error answer into a ResponseError that carries the backend's message", async () => {
    const { client } = setup(
      jsonResponse(
        {
          error: {
            name: 'NotAllowedError',
            message:
              'Only the owners of system:default/deploy-platform may refresh its adoption',
          },
          response: { statusCode: 403 },
        },
        { status: 403, statusText: 'Forbidden' },
      ),
    );
    const error = await client.adoption
      .refreshAdoption({ entityRef: 'system:default/deploy-platform' })
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(403);
    expect(error.cause.name).toBe('NotAllowedError');
    expect(describeError(error)).toBe(
      'Only the owners of system:default/deploy-platform may refresh its adoption',
    );
  });

  it('still fails clearly when the error answer is not JSON', async () => {
    const { client } = setup(
      new Response('Bad gateway', { status: 502, statusText: 'Bad Gateway' }),
    );
    const error = await client.platforms.listPlatforms().catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(502);
    expect(describeError(error)).toMatch(/Bad Gateway|502/);
  });
});

describe('apiPath', () => {
  it('encodes every value as one path segment, and an entity as its three', () => {
    expect(
      apiPath`/platforms/${entitySegments(
        'System:default/deploy platform',
      )}/objectives/${'a/b c'}`,
    ).toBe('/platforms/system/default/deploy%20platform/objectives/a%2Fb%20c');
  });
});

describe('queryString', () => {
  it('leaves out parameters without a value, and is empty when none has one', () => {
    expect(queryString({ a: 'x y', b: undefined, c: 3, d: '' })).toBe(
      '?a=x+y&c=3',
    );
    expect(queryString({ a: undefined })).toBe('');
  });

  it('repeats the key of a list, once per value, encoding each', () => {
    expect(queryString({ tag: ['a&b', 'c'], empty: [], n: 1 })).toBe(
      '?tag=a%26b&tag=c&n=1',
    );
    expect(queryString({ tag: [] })).toBe('');
  });
});
