import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
import { renderWithApi } from '../../../../__testUtils__/renderWithApi';
import { deprecationsRouteRef } from '../../../../routes';
import {
  detailOf,
  dockerRuntime,
  exceptionOf,
} from '../DeprecationDetailPanel/deprecationFixtures';
import { EntityDeprecationContent } from '../EntityDeprecationContent';
import { DeprecationsPage } from './DeprecationsPage';

// Typing a decision's reason takes more than the default 5 s on a busy machine.
jest.setTimeout(30_000);

/** The deprecated runtime, owned by group:default/team-delivery-platform. */
const dockerEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'docker-runtime', namespace: 'default' },
  spec: { type: 'container-runtime', owner: 'team-delivery-platform' },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/team-delivery-platform' },
  ],
};
const DECIDERS = [
  'user:default/noah-williams',
  'group:default/team-delivery-platform',
];

describe('DeprecationsPage', () => {
  it('lists every active deprecation with consumers, violations and exceptions', async () => {
    const api = mockPlatformProductApi({
      listDeprecations: jest.fn().mockResolvedValue({ items: [dockerRuntime] }),
    });
    await renderInTestApp(
      <TestApiProvider
        apis={[
          ...featureApiPairs(api),
          [catalogApiRef, catalogApiMock()],
          [permissionApiRef, mockApis.permission()],
        ]}
      >
        <DeprecationsPage />
      </TestApiProvider>,
      {
        mountedRoutes: {
          '/deprecations': deprecationsRouteRef,
          '/catalog/:namespace/:kind/:name': entityRouteRef,
        },
      },
    );
    const table = await screen.findByRole('table', { name: 'Deprecations' });
    const row = within(table).getAllByRole('row')[1];
    expect(row).toHaveTextContent('Docker container runtime (deprecated)');
    expect(row).toHaveTextContent('Sunset on 2027-06-30 — 217 days left');
    expect(row).toHaveTextContent('16 (12 teams)');
    expect(row).toHaveTextContent('1 / 0');
    expect(
      within(row).getByRole('link', {
        name: 'Docker container runtime (deprecated)',
      }),
    ).toHaveAttribute('href', '/deprecations/resource/default/docker-runtime');
  });
});

describe('EntityDeprecationContent', () => {
  it('lets the deprecated entity’s owners approve a pending exception, and shows its audit', async () => {
    const approved = exceptionOf({
      status: 'approved',
      state: 'approved',
      decidedBy: 'user:default/noah-williams',
      decisionReason: 'Fine until the freeze ends',
    });
    const api = mockPlatformProductApi({
      getDeprecation: jest
        .fn()
        .mockResolvedValueOnce(detailOf(exceptionOf()))
        .mockResolvedValue(detailOf(approved)),
      decideDeprecationException: jest.fn().mockResolvedValue(approved),
      getDeprecationExceptionAudit: jest.fn().mockResolvedValue({
        items: [
          {
            exceptionId: 'ex-1',
            actor: 'user:default/guest',
            at: '2026-11-25T09:00:00.000Z',
            action: 'requested',
            details: {
              reason: 'Peak season freeze',
              requestedEnd: '2027-09-30',
            },
          },
        ],
      }),
    });
    await renderWithApi(<EntityDeprecationContent />, {
      entity: dockerEntity,
      api,
      ownershipEntityRefs: DECIDERS,
    });
    const consumers = await screen.findByRole('table', {
      name: 'Consumers by team',
    });
    expect(consumers).toHaveTextContent(
      'Exception requested until 2027-09-30, awaiting a decision',
    );
    expect(
      await screen.findByText(
        /user:default\/guest requested: Peak season freeze \(until 2027-09-30\)/,
      ),
    ).toBeInTheDocument();

    await userEvent.click(
      await screen.findByRole('button', { name: 'Approve' }),
    );
    await userEvent.type(
      screen.getByLabelText(/Reason for the decision/),
      'Fine until the freeze ends',
    );
    const confirm = screen
      .getAllByText('Approve')
      .map(label => label.closest('button')!)
      .find(button => button.closest('[role="dialog"]'))!;
    await userEvent.click(confirm);

    expect(api.decideDeprecationException).toHaveBeenCalledWith({
      deprecationRef: 'resource:default/docker-runtime',
      exceptionId: 'ex-1',
      decision: { decision: 'approved', reason: 'Fine until the freeze ends' },
    });
    await waitFor(() =>
      expect(
        screen.getByRole('table', { name: 'Consumers by team' }),
      ).toHaveTextContent('Exception approved until 2027-09-30'),
    );
    expect(
      screen.queryByRole('button', { name: 'Approve' }),
    ).not.toBeInTheDocument();
  });

  it('hides Approve and Deny from everyone else', async () => {
    await renderWithApi(<EntityDeprecationContent />, {
      entity: dockerEntity,
      api: mockPlatformProductApi({
        getDeprecation: jest.fn().mockResolvedValue(detailOf(exceptionOf())),
      }),
      ownershipEntityRefs: [
        'user:default/guest',
        'group:default/team-checkout',
      ],
    });
    await screen.findByRole('table', { name: 'Exceptions' });
    expect(
      screen.queryByRole('button', { name: 'Approve' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Deny' }),
    ).not.toBeInTheDocument();
  });
});
