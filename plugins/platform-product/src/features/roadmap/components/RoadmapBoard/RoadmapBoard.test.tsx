import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type {
  RoadmapBoard as Board,
  RoadmapItem,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  mockPlatformProductApi,
  platformEntity,
  responseError,
  roadmapItemOf,
} from '../../../../__testUtils__/fixtures';
import { renderWithApi } from '../../../../__testUtils__/renderWithApi';
import { RoadmapBoard } from './RoadmapBoard';

const PLATFORM = 'system:default/deploy-platform';
const OWNER = ['group:default/team-delivery'];

const item = (overrides: Partial<RoadmapItem>): RoadmapItem =>
  roadmapItemOf({ platformRef: PLATFORM, ...overrides });

const board = (items: RoadmapItem[], file: string | null = null): Board => ({
  platformRef: PLATFORM,
  title: 'Deployment Platform',
  file,
  horizons: {
    now: items.filter(i => i.horizon === 'now'),
    next: items.filter(i => i.horizon === 'next'),
    later: items.filter(i => i.horizon === 'later'),
  },
  dropped: [],
  investmentMix: {
    intended: { 'new-capability': 70, reliability: 30 },
    source: 'ui',
    rows: [
      { category: 'new-capability', intended: 70, actual: 100, nowItems: 1 },
      { category: 'reliability', intended: 30, actual: 0, nowItems: 0 },
    ],
  },
  import: null,
});

const ITEMS = [
  item({
    id: 'a',
    horizon: 'now',
    title: 'Preview environments',
    category: 'new-capability',
  }),
  item({ id: 'b', title: 'Faster rollbacks' }),
  item({ id: 'c', title: 'Cheaper build cache', category: 'cost' }),
  item({ id: 'd', horizon: 'later', title: 'Multi-region deploys' }),
];

jest.setTimeout(30_000);

describe('RoadmapBoard', () => {
  it('shows the items by horizon in order, and the investment mix', async () => {
    const api = mockPlatformProductApi({
      getRoadmapBoard: jest.fn().mockResolvedValue(board(ITEMS)),
    });
    await renderWithApi(<RoadmapBoard entityRef={PLATFORM} />, {
      entity: platformEntity,
      api,
    });
    const column = (name: string) =>
      within(screen.getByRole('region', { name: `${name} column` }));
    expect(
      column('Now').getByRole('heading', { name: 'Preview environments' }),
    ).toBeInTheDocument();
    expect(
      column('Next')
        .getAllByRole('heading', { level: 4 })
        .map(h => h.textContent),
    ).toEqual(['Faster rollbacks', 'Cheaper build cache']);
    expect(
      column('Later').getByText('Multi-region deploys'),
    ).toBeInTheDocument();
    const mix = within(screen.getByRole('table', { name: 'Investment mix' }));
    expect(mix.getByText('70 %')).toBeInTheDocument();
    expect(mix.getByText('100 %')).toBeInTheDocument();
  });

  it('hides every edit control from people who do not own the platform', async () => {
    const api = mockPlatformProductApi({
      getRoadmapBoard: jest.fn().mockResolvedValue(board(ITEMS)),
    });
    await renderWithApi(<RoadmapBoard entityRef={PLATFORM} />, {
      entity: platformEntity,
      api,
      ownershipEntityRefs: ['group:default/team-checkout'],
    });
    await screen.findByText('Preview environments');
    expect(screen.queryByRole('button', { name: /Actions for/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add item' })).toBeNull();
    expect(
      screen.queryByRole('button', { name: 'Edit intended mix' }),
    ).toBeNull();
    expect(screen.getAllByRole('button', { name: 'History' })).toHaveLength(4);
  });

  it('edits an item, sending its fields and version only (the API refuses unknown fields)', async () => {
    const api = mockPlatformProductApi({
      getRoadmapBoard: jest.fn().mockResolvedValue(board(ITEMS)),
      updateRoadmapItem: jest.fn().mockResolvedValue(ITEMS[1]),
    });
    await renderWithApi(<RoadmapBoard entityRef={PLATFORM} />, {
      entity: platformEntity,
      api,
      ownershipEntityRefs: OWNER,
    });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Actions for Faster rollbacks',
      }),
    );
    await userEvent.click(screen.getByRole('menuitem', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByLabelText('Status'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'shipped' }),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.updateRoadmapItem).toHaveBeenCalled());
    const { changes, version } = api.updateRoadmapItem.mock.calls[0][0];
    expect(version).toBe(3);
    expect(changes).toEqual({
      title: 'Faster rollbacks',
      problem: 'Rolling back takes 20 minutes',
      hypothesis:
        'We believe one-step rollback will cut MTTR, measured by MTTR',
      confidence: 'medium',
      status: 'shipped',
      personas: ['sre-oncall'],
      category: 'reliability',
      keyResultId: null,
    });
  });

  it('moves an item to Now from its menu, sending the version the owner read', async () => {
    const api = mockPlatformProductApi({
      getRoadmapBoard: jest.fn().mockResolvedValue(board(ITEMS)),
      moveRoadmapItem: jest.fn().mockResolvedValue(ITEMS[1]),
    });
    await renderWithApi(<RoadmapBoard entityRef={PLATFORM} />, {
      entity: platformEntity,
      api,
      ownershipEntityRefs: OWNER,
    });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Actions for Faster rollbacks',
      }),
    );
    expect(screen.queryByRole('menuitem', { name: 'Move up' })).toBeNull();
    await userEvent.click(
      screen.getByRole('menuitem', { name: 'Move to Now' }),
    );
    expect(api.moveRoadmapItem).toHaveBeenCalledWith({
      entityRef: PLATFORM,
      itemId: 'b',
      version: 3,
      horizon: 'now',
      position: Number.MAX_SAFE_INTEGER,
    });
    await waitFor(() => expect(api.getRoadmapBoard).toHaveBeenCalledTimes(2));

    await userEvent.click(
      screen.getByRole('button', { name: 'Actions for Cheaper build cache' }),
    );
    await userEvent.click(screen.getByRole('menuitem', { name: 'Move up' }));
    expect(api.moveRoadmapItem).toHaveBeenLastCalledWith(
      expect.objectContaining({ itemId: 'c', horizon: 'next', position: 0 }),
    );
  });

  it('says what changed when someone else changed the item, and reloads on request', async () => {
    const message =
      'Roadmap item "Faster rollbacks" changed since version 3 you sent (it is now version 4): title (edit) by user:default/ingrid-halvorsen at 2026-11-25T10:01:00.000Z. Reload the item and apply your change again; nothing was saved.';
    const api = mockPlatformProductApi({
      getRoadmapBoard: jest.fn().mockResolvedValue(board(ITEMS)),
      moveRoadmapItem: jest
        .fn()
        .mockRejectedValue(await responseError(409, 'Conflict', message)),
    });
    await renderWithApi(<RoadmapBoard entityRef={PLATFORM} />, {
      entity: platformEntity,
      api,
      ownershipEntityRefs: OWNER,
    });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Actions for Faster rollbacks',
      }),
    );
    await userEvent.click(
      screen.getByRole('menuitem', { name: 'Move to Later' }),
    );
    expect(
      await screen.findByText(
        `Someone changed this item since you opened it: ${message}`,
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(api.getRoadmapBoard).toHaveBeenCalledTimes(2));
    expect(screen.queryByText(/Someone changed this item/)).toBeNull();
  });

  it('shows items of the roadmap file read-only, with where to edit them', async () => {
    const file = 'file:/repo/platforms/deploy-platform-roadmap.yaml';
    const api = mockPlatformProductApi({
      getRoadmapBoard: jest.fn().mockResolvedValue({
        ...board(
          [item({ id: 'f', source: 'file', fileId: 'faster-rollbacks' })],
          file,
        ),
        import: {
          location: file,
          status: 'failed',
          at: '2026-11-25T10:00:00.000Z',
          error:
            "spec.items[2].horizon must be one of now, next, later — got 'soon'",
          warnings: [],
        },
      }),
    });
    await renderWithApi(<RoadmapBoard entityRef={PLATFORM} />, {
      entity: platformEntity,
      api,
      ownershipEntityRefs: OWNER,
    });
    expect(
      await screen.findByText(`Managed in ${file}; edit it there.`),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Actions for/ })).toBeNull();
    expect(
      screen.getByText(
        `Last import of ${file} failed: spec.items[2].horizon must be one of now, next, later — got 'soon'`,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Import roadmap file now' }),
    ).toBeInTheDocument();
  });

  it('lets owners record the outcome review of a shipped item beside the key result movement', async () => {
    const shipped = item({
      id: 's',
      status: 'shipped',
      keyResultId: 'deploy-kr-lead-time',
      keyResult: { id: 'deploy-kr-lead-time', found: true, title: 'Lead time' },
      review: {
        dueAt: '2026-11-20T00:00:00.000Z',
        overdue: true,
        outcome: null,
        notes: null,
        reviewedBy: null,
        reviewedAt: null,
        movement: {
          keyResultId: 'deploy-kr-lead-time',
          title: 'Lead time',
          since: '2026-09-25T00:00:00.000Z',
          valueAtSince: 40,
          valueNow: 25,
          lastPointAt: '2026-11-24T00:00:00.000Z',
        },
      },
    });
    const api = mockPlatformProductApi({
      getRoadmapBoard: jest.fn().mockResolvedValue(board([shipped])),
      reviewRoadmapItem: jest.fn().mockResolvedValue(shipped),
    });
    await renderWithApi(<RoadmapBoard entityRef={PLATFORM} />, {
      entity: platformEntity,
      api,
      ownershipEntityRefs: OWNER,
    });
    expect(
      await screen.findByText(
        'Lead time: 40 → 25 since it shipped (last point 2026-11-24)',
      ),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: /Did the hypothesis hold/ }),
    );
    await userEvent.click(
      screen.getByRole('option', { name: 'The hypothesis held' }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Record review' }),
    );
    expect(api.reviewRoadmapItem).toHaveBeenCalledWith({
      entityRef: PLATFORM,
      itemId: 's',
      version: 3,
      outcome: 'held',
      notes: '',
    });
  });
});
