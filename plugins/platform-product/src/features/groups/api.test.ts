import { GroupsClient } from './api';

describe('GroupsClient', () => {
  it("asks for a group's platforms with the group's ref in the path", async () => {
    const fetch = jest.fn<
      Promise<Response>,
      Parameters<typeof globalThis.fetch>
    >(async () => new Response('{}'));
    const client = new GroupsClient({
      discoveryApi: { getBaseUrl: jest.fn().mockResolvedValue('http://b/api') },
      fetchApi: { fetch },
    });
    await client.getGroupPlatforms({ groupRef: 'Group:default/r&d' });
    expect(String(fetch.mock.calls[0][0])).toBe(
      'http://b/api/groups/group/default/r%26d/platforms',
    );
  });
});
