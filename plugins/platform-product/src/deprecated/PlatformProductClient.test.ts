import { AdoptionClient } from '../features/adoption/api';
import { AnnouncementsClient } from '../features/announcements/api';
import { DeprecationsClient } from '../features/deprecations/api';
import { ObjectivesClient } from '../features/objectives/api';
import { PlatformsClient } from '../features/platforms/api';
import { RoadmapClient } from '../features/roadmap/api';
import { ScorecardsClient } from '../features/scorecards/api';
import { SlosClient } from '../features/slos/api';
import { SurveysClient } from '../features/surveys/api';
import { PlatformProductClient } from './PlatformProductClient';

const baseUrl = 'http://localhost:7007/api/platform-product';

describe('PlatformProductClient (deprecated)', () => {
  it('has every method of every feature client, each sending what the feature client sends', async () => {
    const fetch = jest.fn(
      async () =>
        new Response(JSON.stringify({ items: [] }), {
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    const client = new PlatformProductClient({
      discoveryApi: { getBaseUrl: async () => baseUrl },
      fetchApi: { fetch },
    });
    for (const Client of [
      PlatformsClient,
      ScorecardsClient,
      SlosClient,
      AdoptionClient,
      SurveysClient,
      DeprecationsClient,
      RoadmapClient,
      ObjectivesClient,
      AnnouncementsClient,
    ]) {
      for (const name of Object.getOwnPropertyNames(Client.prototype)) {
        expect(
          typeof (client as unknown as Record<string, unknown>)[name],
        ).toBe('function');
      }
    }

    await client.listObjectives({
      entityRef: 'system:default/deploy-platform',
    });
    await client.listDeprecations();
    expect(fetch.mock.calls.map(call => (call as unknown[])[0])).toEqual([
      `${baseUrl}/platforms/system/default/deploy-platform/objectives`,
      `${baseUrl}/deprecations`,
    ]);
  });
});
