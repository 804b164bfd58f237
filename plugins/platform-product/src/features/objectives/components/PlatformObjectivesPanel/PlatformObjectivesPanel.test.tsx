import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type {
  KeyResult,
  ObjectiveList,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  mockPlatformProductApi,
  platformEntity,
  responseError,
} from '../../../../__testUtils__/fixtures';
import { renderWithApi } from '../../../../__testUtils__/renderWithApi';
import { PlatformObjectivesPanel } from './PlatformObjectivesPanel';

const ENTITY_REF = 'system:default/deploy-platform';
const OWNER = ['user:default/noah', 'group:default/team-delivery'];

const leadTime: KeyResult = {
  id: 'deploy-kr-lead-time',
  objectiveId: 'faster-delivery',
  title: 'Median lead time under 8 hours',
  binding: {
    type: 'metric',
    metric: 'lead_time_hours',
    aggregation: 'p50',
    window: '28d',
  },
  baseline: 16,
  target: 8,
  direction: 'decrease',
  version: 1,
  progress: {
    state: 'measured',
    value: 12,
    lastPointAt: '2026-11-24T00:00:00.000Z',
    progress: 0.5,
    progressClamped: 0.5,
    reached: false,
    regressed: false,
  },
};

const nps: KeyResult = {
  id: 'deploy-kr-nps',
  objectiveId: 'faster-delivery',
  title: 'NPS above 30',
  binding: { type: 'nps' },
  baseline: 10,
  target: 30,
  direction: 'increase',
  version: 1,
  progress: { state: 'no-data' },
};

const objectives: ObjectiveList = {
  platformRef: ENTITY_REF,
  computedAt: '2026-11-25T00:00:00.000Z',
  items: [
    {
      id: 'faster-delivery',
      platformRef: ENTITY_REF,
      title: 'Teams ship faster',
      category: 'engineering-velocity',
      period: '2026-Q4',
      version: 1,
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
      keyResults: [leadTime, nps],
    },
  ],
};

jest.setTimeout(30_000);

describe('PlatformObjectivesPanel', () => {
  it('shows each key result with its value, baseline → target, progress and last point date', async () => {
    await renderWithApi(<PlatformObjectivesPanel entityRef={ENTITY_REF} />, {
      entity: platformEntity,
      api: mockPlatformProductApi({
        listObjectives: jest.fn().mockResolvedValue(objectives),
      }),
    });
    const kr = await screen.findByTestId('key-result-deploy-kr-lead-time');
    expect(within(kr).getByText('12 hours')).toBeInTheDocument();
    expect(within(kr).getByText(/16 hours → 8 hours/)).toBeInTheDocument();
    expect(within(kr).getByText('50 %')).toBeInTheDocument();
    expect(within(kr).getByText('last point 24 Nov 2026')).toBeInTheDocument();
    expect(within(kr).getByRole('progressbar')).toHaveAttribute(
      'aria-valuenow',
      '50',
    );
  });

  it('says "No data" for a key result without measurements, never 0 %', async () => {
    await renderWithApi(<PlatformObjectivesPanel entityRef={ENTITY_REF} />, {
      entity: platformEntity,
      api: mockPlatformProductApi({
        listObjectives: jest.fn().mockResolvedValue(objectives),
      }),
    });
    const kr = await screen.findByTestId('key-result-deploy-kr-nps');
    expect(
      within(kr).getByText(/No data: nothing measured/),
    ).toBeInTheDocument();
    expect(within(kr).queryByText('0 %')).not.toBeInTheDocument();
    expect(within(kr).queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('hides the editing controls from people who do not own the platform', async () => {
    await renderWithApi(<PlatformObjectivesPanel entityRef={ENTITY_REF} />, {
      entity: platformEntity,
      api: mockPlatformProductApi({
        listObjectives: jest.fn().mockResolvedValue(objectives),
      }),
    });
    await screen.findByText('Teams ship faster');
    expect(
      screen.queryByRole('button', { name: 'Add objective' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Add key result' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/Edit key result/)).not.toBeInTheDocument();
  });

  it('lets owners add a key result, checking it before sending and showing the backend refusal', async () => {
    const api = mockPlatformProductApi({
      listObjectives: jest.fn().mockResolvedValue(objectives),
      createKeyResult: jest
        .fn()
        .mockRejectedValue(
          await responseError(
            400,
            'Bad Request',
            "binding.metric: metric 'lead_time' has no data on system:default/deploy-platform; known metrics: deployments",
          ),
        ),
    });
    await renderWithApi(<PlatformObjectivesPanel entityRef={ENTITY_REF} />, {
      entity: platformEntity,
      api,
      ownershipEntityRefs: OWNER,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Add key result' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText(/Title/), 'Lead time');
    await userEvent.type(within(dialog).getByLabelText('Metric'), 'lead_time');
    await userEvent.type(within(dialog).getByLabelText('Baseline'), '8');
    await userEvent.type(within(dialog).getByLabelText('Target'), '8');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText(/^target: equals the baseline \(8\)/),
    ).toBeInTheDocument();
    expect(api.createKeyResult).not.toHaveBeenCalled();

    await userEvent.clear(within(dialog).getByLabelText('Target'));
    await userEvent.type(within(dialog).getByLabelText('Target'), '12');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText(
        /metric 'lead_time' has no data on system:default\/deploy-platform/,
      ),
    ).toBeInTheDocument();
    expect(api.createKeyResult).toHaveBeenCalledWith({
      entityRef: ENTITY_REF,
      objectiveId: 'faster-delivery',
      keyResult: {
        title: 'Lead time',
        binding: {
          type: 'metric',
          metric: 'lead_time',
          aggregation: 'p50',
          window: '28d',
        },
        baseline: 8,
        target: 12,
        direction: 'increase',
      },
    });
  });

  it('shows the scope of a shared key result as a chip', async () => {
    const scoped: KeyResult = {
      ...nps,
      id: 'commerce-on-containerd',
      title: 'Commerce runs 80 % of its services on containerd',
      binding: { type: 'adoption' },
      scope: { groupRef: 'group:default/org-commerce', title: 'Commerce' },
      baseline: 0.2,
      target: 0.8,
    };
    await renderWithApi(<PlatformObjectivesPanel entityRef={ENTITY_REF} />, {
      entity: platformEntity,
      api: mockPlatformProductApi({
        listObjectives: jest.fn().mockResolvedValue({
          ...objectives,
          items: [{ ...objectives.items[0], keyResults: [scoped, nps] }],
        }),
      }),
    });
    const kr = await screen.findByTestId('key-result-commerce-on-containerd');
    expect(within(kr).getByText('Commerce')).toBeInTheDocument();
    expect(
      within(kr).getByTitle('Scoped to group:default/org-commerce'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('key-result-deploy-kr-nps')).queryByText(
        'Commerce',
      ),
    ).not.toBeInTheDocument();
  });

  it('lets owners scope a deprecation key result to a group, and sends the scope', async () => {
    const api = mockPlatformProductApi({
      listObjectives: jest.fn().mockResolvedValue(objectives),
      createKeyResult: jest.fn().mockResolvedValue({}),
    });
    await renderWithApi(<PlatformObjectivesPanel entityRef={ENTITY_REF} />, {
      entity: platformEntity,
      api,
      ownershipEntityRefs: OWNER,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Add key result' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByLabelText(/Title/),
      'Commerce leaves Docker',
    );
    expect(within(dialog).queryByLabelText(/Scope \(group\)/)).toBeNull();
    await userEvent.click(within(dialog).getByLabelText('Measured by'));
    await userEvent.click(
      await screen.findByRole('option', {
        name: 'Consumers still on a deprecated entity',
      }),
    );
    await userEvent.type(
      within(dialog).getByLabelText(/Deprecated entity/),
      'resource:default/docker-runtime',
    );
    await userEvent.type(
      within(dialog).getByLabelText(/Scope \(group\)/),
      'group:default/org-commerce',
    );
    await userEvent.type(within(dialog).getByLabelText('Baseline'), '12');
    await userEvent.type(within(dialog).getByLabelText('Target'), '0');
    await userEvent.click(within(dialog).getByLabelText('Direction'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'decrease' }),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(api.createKeyResult).toHaveBeenCalledWith({
      entityRef: ENTITY_REF,
      objectiveId: 'faster-delivery',
      keyResult: {
        title: 'Commerce leaves Docker',
        binding: {
          type: 'deprecation-consumers',
          deprecationRef: 'resource:default/docker-runtime',
        },
        scope: { groupRef: 'group:default/org-commerce' },
        baseline: 12,
        target: 0,
        direction: 'decrease',
      },
    });
  });
});
