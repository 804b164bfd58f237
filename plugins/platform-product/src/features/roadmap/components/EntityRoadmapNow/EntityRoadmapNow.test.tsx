import { screen } from '@testing-library/react';
import {
  mockPlatformProductApi,
  serviceEntity,
} from '../../../../__testUtils__/fixtures';
import { renderWithApi } from '../../../../__testUtils__/renderWithApi';
import { EntityRoadmapNow } from './EntityRoadmapNow';

describe('EntityRoadmapNow', () => {
  it("lists each relied-on platform's Now items for the service's personas", async () => {
    const api = mockPlatformProductApi({
      getEntityRoadmap: jest.fn().mockResolvedValue({
        entityRef: 'component:default/checkout',
        personas: ['persona:default/sre-oncall'],
        platforms: [
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
        ],
      }),
    });
    await renderWithApi(
      <EntityRoadmapNow entityRef="component:default/checkout" />,
      { entity: serviceEntity, api },
    );
    expect(
      await screen.findByText('Now on Deployment Platform:'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Faster rollbacks, Canary analysis'),
    ).toBeInTheDocument();
  });

  it('says nothing when no Now item affects the service', async () => {
    const api = mockPlatformProductApi();
    await renderWithApi(
      <EntityRoadmapNow entityRef="component:default/checkout" />,
      { entity: serviceEntity, api },
    );
    await screen.findByText((_, element) => element?.tagName === 'BODY');
    expect(screen.queryByText(/Now on/)).toBeNull();
  });
});
