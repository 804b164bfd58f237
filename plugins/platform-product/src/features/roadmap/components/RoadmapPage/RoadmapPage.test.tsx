import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  featureApiPairs,
  mockPlatformProductApi,
} from '../../../../__testUtils__/fixtures';
import { RoadmapPage } from './RoadmapPage';

const roadmap = {
  platformTitles: {
    'system:default/deploy-platform': 'Deployment Platform',
    'system:default/logging-platform': 'Logging Platform',
  },
  items: [
    {
      id: 'a',
      platformRef: 'system:default/logging-platform',
      horizon: 'now',
      rank: 'i',
      title: 'Structured log search',
      problem: 'Finding one request in the logs takes minutes',
      hypothesis: 'h',
      confidence: 'high',
      status: 'committed',
      personas: ['persona:default/feature-engineer'],
      category: 'developer-experience',
      keyResultId: null,
      source: 'ui',
      fileId: null,
      version: 1,
      createdBy: 'u',
      createdAt: '',
      updatedBy: 'u',
      updatedAt: '',
      shippedAt: null,
      keyResult: null,
      review: null,
    },
  ],
};

jest.setTimeout(30_000);

describe('RoadmapPage', () => {
  it('lists items across platforms and filters by platform, persona, category and status', async () => {
    const api = mockPlatformProductApi({
      getCrossPlatformRoadmap: jest.fn().mockResolvedValue(roadmap),
    });
    await renderInTestApp(
      <TestApiProvider apis={featureApiPairs(api)}>
        <RoadmapPage />
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(
      await screen.findByText('Structured log search'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Logging Platform' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/system/logging-platform/platform',
    );
    const choose = async (label: string, option: string) => {
      await userEvent.click(
        screen.getByRole('button', { name: new RegExp(label) }),
      );
      await userEvent.click(
        await screen.findByRole('option', { name: option }),
      );
    };
    await choose('Platform', 'Deployment Platform');
    await choose('Persona', 'sre-oncall');
    await choose('Category', 'Reliability');
    await choose('Status', 'shipped');
    await waitFor(() =>
      expect(api.getCrossPlatformRoadmap).toHaveBeenLastCalledWith({
        platform: 'system:default/deploy-platform',
        persona: 'sre-oncall',
        category: 'reliability',
        status: 'shipped',
      }),
    );
  });
});
