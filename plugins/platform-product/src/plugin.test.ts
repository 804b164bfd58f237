import { platformProductPlugin } from './plugin';
import { PlatformProductClient, platformProductApiRef } from './deprecated';
import { allFeatureApis } from './featureApis';
import { EntityCardClient, entityCardApiRef } from './features/entityCard';
import { ScorecardsClient, scorecardsApiRef } from './features/scorecards';

const deps = {
  discoveryApi: { getBaseUrl: jest.fn() },
  fetchApi: { fetch: jest.fn() },
};

function factoryOf(id: string) {
  return [...platformProductPlugin.getApis()].find(api => api.api.id === id);
}

describe('platformProductPlugin', () => {
  it('provides the Platform Product client, so an app needs no API wiring of its own', () => {
    const factory = factoryOf(platformProductApiRef.id);
    expect(factory).toBeDefined();
    const client = factory!.factory(deps);
    expect(client).toBeInstanceOf(PlatformProductClient);
  });

  it('provides a client for every feature API', () => {
    for (const { api } of allFeatureApis) {
      expect(factoryOf(api.id)).toBeDefined();
    }
    expect(factoryOf(scorecardsApiRef.id)!.factory(deps)).toBeInstanceOf(
      ScorecardsClient,
    );
    expect(factoryOf(entityCardApiRef.id)!.factory(deps)).toBeInstanceOf(
      EntityCardClient,
    );
  });
});
