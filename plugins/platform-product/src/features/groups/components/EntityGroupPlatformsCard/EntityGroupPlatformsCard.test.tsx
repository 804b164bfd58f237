import { screen, within } from '@testing-library/react';
import type { Entity } from '@backstage/catalog-model';
import type { GroupPlatformPicture } from '@platform-product/backstage-plugin-platform-product-common';
import {
  mockPlatformProductApi,
  responseError,
} from '../../../../__testUtils__/fixtures';
import { renderWithApi } from '../../../../__testUtils__/renderWithApi';
import { EntityGroupPlatformsCard } from './EntityGroupPlatformsCard';

const commerce: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'commerce', namespace: 'default', title: 'Commerce' },
  spec: { type: 'department', children: [] },
};

const empty: GroupPlatformPicture = {
  groupRef: 'group:default/commerce',
  title: 'Commerce',
  teams: 4,
  platforms: [],
  deprecatedDependencies: [],
  surveys: [],
  keyResults: [],
  computedAt: '2026-12-01T10:00:00Z',
};

const picture: GroupPlatformPicture = {
  ...empty,
  platforms: [
    {
      platformRef: 'system:default/deploy-platform',
      title: 'Deploy platform',
      category: 'deployment',
      group: { adopting: 3, audience: 4, ratio: 0.75, stage: 'late-majority' },
      company: {
        adopting: 8,
        audience: 20,
        ratio: 0.4,
        stage: 'early-majority',
      },
    },
  ],
  deprecatedDependencies: [
    {
      entityRef: 'component:default/checkout',
      deprecationRef: 'resource:default/docker-runtime',
      deprecationTitle: 'Docker runtime',
      sunsetDate: '2026-11-28',
      daysToSunset: -3,
      exception: { state: 'requested', expiresAt: '2027-01-31' },
      inViolation: true,
    },
  ],
  surveys: [
    {
      roundId: 'r1',
      platformRef: 'system:default/deploy-platform',
      platformTitle: 'Deploy platform',
      title: 'Q4 pulse',
      closesAt: '2026-12-15T00:00:00Z',
    },
  ],
  keyResults: [
    {
      platformRef: 'system:default/deploy-platform',
      platformTitle: 'Deploy platform',
      objectiveId: 'o1',
      objectiveTitle: 'Everyone deploys the same way',
      keyResultId: 'k1',
      title: 'Commerce teams on the deploy platform',
      scopeRef: 'group:default/commerce',
      baseline: 0.25,
      target: 1,
      direction: 'increase',
      binding: { type: 'adoption' },
      progress: {
        state: 'measured',
        value: 0.75,
        lastPointAt: '2026-12-01T00:00:00Z',
        progress: 2 / 3,
        progressClamped: 2 / 3,
        reached: false,
        regressed: false,
      },
    },
  ],
};

describe('EntityGroupPlatformsCard', () => {
  it("shows the group's adoption beside the company's, its deprecated dependencies, surveys and key results", async () => {
    const api = mockPlatformProductApi({
      getGroupPlatforms: jest.fn().mockResolvedValue(picture),
    });
    await renderWithApi(<EntityGroupPlatformsCard />, {
      entity: commerce,
      api,
    });
    expect(api.getGroupPlatforms).toHaveBeenCalledWith({
      groupRef: 'group:default/commerce',
    });
    const adoption = await screen.findByRole('table', {
      name: 'Platform adoption',
    });
    const row = within(adoption).getAllByRole('row')[1];
    expect(row).toHaveTextContent('3 of 4 teams · 75 %');
    expect(row).toHaveTextContent('company 40 %');

    const deprecated = screen.getByRole('list', {
      name: 'On deprecated parts',
    });
    expect(deprecated).toHaveTextContent('Docker runtime');
    expect(deprecated).toHaveTextContent(
      'Sunset passed 3 days ago (2026-11-28) · Exception requested until 2027-01-31, awaiting a decision',
    );
    expect(within(deprecated).getByText('In violation')).toBeInTheDocument();

    const surveys = screen.getByRole('list', {
      name: 'Surveys you can answer',
    });
    expect(surveys).toHaveTextContent('Q4 pulse · Deploy platform');
    expect(surveys).toHaveTextContent('closes 2026-12-15');

    const keyResults = screen.getByRole('list', { name: 'Key results' });
    expect(keyResults).toHaveTextContent(
      'Commerce teams on the deploy platform',
    );
    expect(keyResults).toHaveTextContent(
      'Deploy platform · Everyone deploys the same way',
    );
    expect(keyResults).toHaveTextContent('75 % now · 25 % → 100 %');
    expect(within(keyResults).getByRole('progressbar')).toHaveAttribute(
      'aria-valuenow',
      '67',
    );
  });

  it('says in words what the group has none of', async () => {
    await renderWithApi(<EntityGroupPlatformsCard />, {
      entity: commerce,
      api: mockPlatformProductApi({
        getGroupPlatforms: jest.fn().mockResolvedValue(empty),
      }),
    });
    expect(
      await screen.findByText('4 teams at or below Commerce'),
    ).toBeInTheDocument();
    for (const text of [
      'No platform has audience teams in this group yet.',
      'Nothing this group owns depends on anything deprecated.',
      "No survey round is open for this group's members.",
      'No key result is scoped to this group.',
    ]) {
      expect(screen.getByText(text)).toBeInTheDocument();
    }
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it("shows the backend's message when the group cannot be read", async () => {
    await renderWithApi(<EntityGroupPlatformsCard />, {
      entity: commerce,
      api: mockPlatformProductApi({
        getGroupPlatforms: jest
          .fn()
          .mockRejectedValue(
            await responseError(
              404,
              'Not Found',
              'No group group:default/commerce',
            ),
          ),
      }),
    });
    expect(
      (await screen.findAllByText('No group group:default/commerce')).length,
    ).toBeGreaterThan(0);
  });
});
