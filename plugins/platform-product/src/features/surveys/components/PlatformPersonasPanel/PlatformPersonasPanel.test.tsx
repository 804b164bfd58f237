import { screen, within } from '@testing-library/react';
import { Entity } from '@backstage/catalog-model';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  featureApiPairs,
  mockPlatformProductApi,
} from '../../../../__testUtils__/fixtures';
import { PlatformPersonasPanel } from './PlatformPersonasPanel';

const JOB =
  'Ship a change to production safely, without waiting for another team, several times a day';

const persona: Entity = {
  apiVersion: 'platform-product.dev/v1alpha1',
  kind: 'Persona',
  metadata: {
    name: 'feature-engineer',
    namespace: 'default',
    title: 'Feature engineer',
  },
  spec: { jobsToBeDone: [JOB, 'Find out why a deploy failed'] },
};

describe('PlatformPersonasPanel', () => {
  it('shows each persona’s jobs-to-be-done in full, wrapped instead of cut off at the card’s edge', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          ...featureApiPairs(mockPlatformProductApi()),
          [catalogApiRef, catalogApiMock({ entities: [persona] })],
          [permissionApiRef, mockApis.permission()],
        ]}
      >
        <PlatformPersonasPanel
          entityRef="system:default/deploy-platform"
          personaRefs={['persona:default/feature-engineer']}
        />
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    const jobs = within(
      await screen.findByRole('list', { name: 'Jobs to be done' }),
    );
    const job = jobs.getByText(JOB);
    const text = job.closest('.MuiListItemText-root') as HTMLElement;
    expect(getComputedStyle(text).whiteSpace).toBe('normal');
    expect(getComputedStyle(text).overflow).toBe('visible');
    expect(jobs.getByText('Find out why a deploy failed')).toBeInTheDocument();
  });
});
