import { DataSourcesClient } from './api';

function setup() {
  const fetch = jest.fn<Promise<Response>, Parameters<typeof globalThis.fetch>>(
    async () => new Response('{"items":[]}'),
  );
  const client = new DataSourcesClient({
    discoveryApi: { getBaseUrl: jest.fn().mockResolvedValue('http://b/api') },
    fetchApi: { fetch },
  });
  return { client, fetch };
}

describe('DataSourcesClient', () => {
  it("reads a platform's data sources with its ref in the path", async () => {
    const { client, fetch } = setup();
    await expect(
      client.getDataSources({ entityRef: 'System:default/deploy platform' }),
    ).resolves.toEqual({ items: [] });
    expect(fetch).toHaveBeenCalledWith(
      'http://b/api/platforms/system/default/deploy%20platform/data-sources',
      undefined,
    );
  });

  it('pulls with a POST and no body', async () => {
    const { client, fetch } = setup();
    await client.pullDataSources({
      entityRef: { kind: 'System', namespace: 'ops', name: 'logging' },
    });
    expect(fetch).toHaveBeenCalledWith(
      'http://b/api/platforms/system/ops/logging/data-sources/pull',
      { method: 'POST' },
    );
  });
});
