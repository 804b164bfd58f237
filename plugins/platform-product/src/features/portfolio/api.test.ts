import { PortfolioClient } from './api';

const baseUrl = 'http://localhost:7007/api/platform-product';

function setup(body: string = '{}') {
  const fetch = jest.fn<Promise<Response>, Parameters<typeof globalThis.fetch>>(
    async () => new Response(body),
  );
  const client = new PortfolioClient({
    discoveryApi: { getBaseUrl: jest.fn().mockResolvedValue(baseUrl) },
    fetchApi: { fetch },
  });
  const url = () => String(fetch.mock.calls[0][0]);
  return { client, fetch, url };
}

describe('PortfolioClient', () => {
  it('asks for the portfolio with every setting of the view, lists as repeated parameters', async () => {
    const { client, url } = setup();
    await client.getPortfolio({
      asOf: '2026-12-01',
      category: ['deployment', 'data & ml'],
      owner: ['group:default/team-a', 'group:default/team-b'],
      org: 'group:default/engineering',
      sort: 'adoptionChange30',
      order: 'desc',
    });
    expect(url()).toBe(
      `${baseUrl}/portfolio?asOf=2026-12-01&category=deployment&category=data+%26+ml` +
        '&owner=group%3Adefault%2Fteam-a&owner=group%3Adefault%2Fteam-b' +
        '&org=group%3Adefault%2Fengineering&sort=adoptionChange30&order=desc',
    );
  });

  it('asks for the whole portfolio without a query string when nothing is set', async () => {
    const { client, url } = setup();
    await client.getPortfolio({ category: [] });
    expect(url()).toBe(`${baseUrl}/portfolio`);
  });

  it('exports the same view as text, in the format asked for', async () => {
    const { client, url } = setup('platform,adoption\n');
    await expect(
      client.exportPortfolio({
        format: 'csv',
        query: { asOf: '2026-12-01', category: ['a', 'b'] },
      }),
    ).resolves.toBe('platform,adoption\n');
    expect(url()).toBe(
      `${baseUrl}/portfolio/export?format=csv&asOf=2026-12-01&category=a&category=b`,
    );
  });

  it('asks for the trends of the platforms filtered by category and owner', async () => {
    const { client, url } = setup();
    await client.getPortfolioTrends({
      asOf: '2026-12-01',
      days: 90,
      category: ['deployment'],
      owner: ['group:default/x'],
    });
    expect(url()).toBe(
      `${baseUrl}/portfolio/trends?asOf=2026-12-01&days=90&category=deployment&owner=group%3Adefault%2Fx`,
    );
  });

  it("puts the org in the path of its children, and leaves the view's org and sort out", async () => {
    const { client, url } = setup();
    await client.getPortfolioGroupChildren({
      groupRef: 'Group:default/r&d',
      query: {
        asOf: '2026-12-01',
        owner: ['group:default/x'],
        org: 'group:default/engineering',
        sort: 'nps',
      },
    });
    expect(url()).toBe(
      `${baseUrl}/portfolio/groups/group/default/r%26d/children?asOf=2026-12-01&owner=group%3Adefault%2Fx`,
    );
  });

  it('asks for one page of the teams of a cell', async () => {
    const { client, url } = setup();
    await client.getPortfolioCellTeams({
      platformRef: 'system:default/deploy-platform',
      groupRef: 'group:default/commerce',
      status: 'non-adopting',
      asOf: '2026-12-01',
      offset: 25,
      limit: 25,
    });
    expect(url()).toBe(
      `${baseUrl}/portfolio/cells?platform=system%3Adefault%2Fdeploy-platform` +
        '&group=group%3Adefault%2Fcommerce&status=non-adopting&asOf=2026-12-01&offset=25&limit=25',
    );
  });

  it("rejects with the backend's message when it answers with an error", async () => {
    const fetch = jest.fn<
      Promise<Response>,
      Parameters<typeof globalThis.fetch>
    >(
      async () =>
        new Response(
          JSON.stringify({
            error: { name: 'InputError', message: 'asOf is after today' },
            response: { statusCode: 400 },
          }),
          { status: 400, headers: { 'Content-Type': 'application/json' } },
        ),
    );
    const client = new PortfolioClient({
      discoveryApi: { getBaseUrl: jest.fn().mockResolvedValue(baseUrl) },
      fetchApi: { fetch },
    });
    await expect(
      client.getPortfolio({ asOf: '2999-01-01' }),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      cause: { message: 'asOf is after today' },
    });
  });
});
