import { platformProductPlugin } from './plugin';
import { PlatformProductClient, platformProductApiRef } from './api';

describe('platformProductPlugin', () => {
  it('provides the Platform Product client, so an app needs no API wiring of its own', () => {
    const factory = [...platformProductPlugin.getApis()].find(
      api => api.api.id === platformProductApiRef.id,
    );
    expect(factory).toBeDefined();
    const client = factory!.factory({
      discoveryApi: { getBaseUrl: jest.fn() },
      fetchApi: { fetch: jest.fn() },
    });
    expect(client).toBeInstanceOf(PlatformProductClient);
  });
});
