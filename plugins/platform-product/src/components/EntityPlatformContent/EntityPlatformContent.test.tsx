import { screen } from '@testing-library/react';
import { Entity } from '@backstage/catalog-model';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import {
  EntityProvider,
  catalogApiRef,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { EntityPlatformContent } from './EntityPlatformContent';

const platform = (spec: Record<string, unknown>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'System',
  metadata: { name: 'deploy-platform', namespace: 'default' },
  spec: { owner: 'team-delivery', ...spec },
});

async function render(entity: Entity) {
  return renderInTestApp(
    <TestApiProvider apis={[[catalogApiRef, catalogApiMock()]]}>
      <EntityProvider entity={entity}>
        <EntityPlatformContent />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('EntityPlatformContent', () => {
  it('shows the declared SLOs with their error budget, the support promise and the targets', async () => {
    await render(
      platform({
        platform: {
          category: 'deployment',
          personas: ['feature-engineer'],
          slos: [
            {
              name: 'deploy-api-availability',
              displayName: 'Deploy API availability',
              indicator: {
                ratioMetric: {
                  good: { metric: 'deploy_ok' },
                  total: { metric: 'deploy_all' },
                },
              },
              timeWindow: [{ duration: '30d', isRolling: true }],
              budgetingMethod: 'Occurrences',
              objectives: [{ target: 0.999 }],
            },
          ],
          support: {
            channel: '#deploy-help',
            responseTimes: { p1: '15m' },
            availabilityCommitment: 0.995,
          },
          targets: { adoption: 0.8 },
        },
      }),
    );

    expect(screen.getByText('Deploy API availability')).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: /feature-engineer/i }),
    ).toHaveAttribute('href', '/catalog/default/persona/feature-engineer');
    expect(screen.getByText('99.9 %')).toBeInTheDocument();
    expect(
      screen.getByText(/43\.2 min of full downtime per 30d/),
    ).toBeInTheDocument();
    expect(screen.getByText('#deploy-help')).toBeInTheDocument();
    expect(screen.getByText('P1 response')).toBeInTheDocument();
    expect(screen.getByText('15m')).toBeInTheDocument();
    expect(screen.getByText('99.5 %')).toBeInTheDocument();
    // The platform's own adoption target replaces the default 70 %.
    expect(screen.getByText('≥ 80 %')).toBeInTheDocument();
    expect(screen.getByText('≥ +30')).toBeInTheDocument();
  });

  it('tells the platform team to declare SLOs and a support promise when there are none', async () => {
    await render(
      platform({ platform: { category: 'logging', personas: ['sre'] } }),
    );
    expect(
      screen.getByText(/This platform declares no SLOs/),
    ).toBeInTheDocument();
    expect(screen.getByText(/No support promise declared/)).toBeInTheDocument();
  });

  it('lists every problem of an invalid declaration and how to fix it', async () => {
    await render(
      platform({
        platform: {
          category: 'deploy',
          personas: ['feature-engineer'],
          support: { channel: '#help', availabilityCommitment: 99.5 },
        },
      }),
    );
    expect(
      screen.getByText(/platform metadata has 2 problems/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'spec.platform.support.availabilityCommitment must be a number in [0, 1) — got 99.5; write 0.995',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('No valid platform declaration'),
    ).toBeInTheDocument();
  });
});
