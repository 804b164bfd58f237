import { screen } from '@testing-library/react';
import type { EntityRoadmap } from '@platform-product/backstage-plugin-platform-product-common';
import {
  mockPlatformProductApi,
  serviceEntity,
} from '../../../../__testUtils__/fixtures';
import { renderWithApi } from '../../../../__testUtils__/renderWithApi';
import { EntityRoadmapNow } from './EntityRoadmapNow';

describe('EntityRoadmapNow', () => {
  it("lists each relied-on platform's Now items for the service's personas", async () => {
    const platforms: EntityRoadmap['platforms'] = [
      {
        platformRef: 'system:default/deploy-platform',
        title: 'Deployment Platform',
        items: [
          {
            id: 'a',
            title: 'Faster rollbacks',
            status: 'committed',
            personas: [],
          },
          {
            id: 'b',
            title: 'Canary analysis',
            status: 'exploring',
            personas: [],
          },
        ],
      },
    ];
    await renderWithApi(<EntityRoadmapNow platforms={platforms} />, {
      entity: serviceEntity,
      api: mockPlatformProductApi(),
    });
    expect(
      await screen.findByText('Now on Deployment Platform:'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Faster rollbacks, Canary analysis'),
    ).toBeInTheDocument();
  });

  it('says nothing when no Now item affects the service', async () => {
    await renderWithApi(<EntityRoadmapNow platforms={[]} />, {
      entity: serviceEntity,
      api: mockPlatformProductApi(),
    });
    await screen.findByText((_, element) => element?.tagName === 'BODY');
    expect(screen.queryByText(/Now on/)).toBeNull();
  });
});
