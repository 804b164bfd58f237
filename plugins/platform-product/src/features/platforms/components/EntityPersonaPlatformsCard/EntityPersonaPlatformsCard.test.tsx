import { screen } from '@testing-library/react';
import { Entity } from '@backstage/catalog-model';
import { mockPlatformProductApi } from '../../../../__testUtils__/fixtures';
import { renderWithApi } from '../../../../__testUtils__/renderWithApi';
import { EntityPersonaPlatformsCard } from './EntityPersonaPlatformsCard';

const persona = (relations: Entity['relations']): Entity => ({
  apiVersion: 'platform-product.dev/v1alpha1',
  kind: 'Persona',
  metadata: { name: 'sre-oncall', namespace: 'default' },
  spec: { jobsToBeDone: ['fix things'] },
  relations,
});

describe('EntityPersonaPlatformsCard', () => {
  it('lists the platforms that serve the persona', async () => {
    await renderWithApi(<EntityPersonaPlatformsCard />, {
      entity: persona([
        {
          type: 'servedByPlatform',
          targetRef: 'system:default/logging-platform',
        },
        {
          type: 'servedByPlatform',
          targetRef: 'system:default/deploy-platform',
        },
        { type: 'describesGroup', targetRef: 'group:default/team-a' },
      ]),
      api: mockPlatformProductApi(),
    });
    const links = screen.getAllByRole('link');
    expect(links.map(link => link.textContent)).toEqual([
      'deploy-platform',
      'logging-platform',
    ]);
  });

  it('says how a platform comes to serve it when none does', async () => {
    await renderWithApi(<EntityPersonaPlatformsCard />, {
      entity: persona([]),
      api: mockPlatformProductApi(),
    });
    expect(
      screen.getByText(/No platform names this persona yet/),
    ).toBeInTheDocument();
  });
});
