import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockPlatformProductApi,
  platformEntity,
  roadmapItemOf,
} from '../../../__testUtils__/fixtures';
import { renderWithApi } from '../../../__testUtils__/renderWithApi';
import { LinkCommentDialog } from './LinkCommentDialog';

const PLATFORM = 'system:default/deploy-platform';

describe('LinkCommentDialog', () => {
  it('links the comment, by its id only, to the roadmap item the owner picks', async () => {
    const api = mockPlatformProductApi({
      getRoadmapBoard: jest.fn().mockResolvedValue({
        platformRef: PLATFORM,
        title: 'Deployment Platform',
        file: null,
        horizons: {
          now: [roadmapItemOf({ id: 'now-1', title: 'Preview environments' })],
          next: [roadmapItemOf({ id: 'next-1', title: 'Faster rollbacks' })],
          later: [],
        },
        dropped: [],
        investmentMix: { intended: null, source: null, rows: [] },
        import: null,
      }),
      addRoadmapItemEvidence: jest.fn().mockResolvedValue({}),
    });
    const onClose = jest.fn();
    await renderWithApi(
      <LinkCommentDialog
        entityRef={PLATFORM}
        comment={{
          commentId: 'c-1',
          score: 3,
          comment: 'Rollbacks are painful',
          teamRefs: [],
          personaRefs: [],
          signedBy: null,
          answeredAt: '2026-11-25T10:00:00.000Z',
        }}
        onClose={onClose}
      />,
      { entity: platformEntity, api },
    );
    expect(screen.getByText('“Rollbacks are painful”')).toBeInTheDocument();
    const link = screen.getByRole('button', { name: 'Link' });
    expect(link).toBeDisabled();
    await userEvent.click(
      await screen.findByRole('button', { name: /Roadmap item/ }),
    );
    await userEvent.click(
      await screen.findByRole('option', { name: 'Faster rollbacks (next)' }),
    );
    await userEvent.click(link);
    await waitFor(() =>
      expect(api.addRoadmapItemEvidence).toHaveBeenCalledWith({
        entityRef: PLATFORM,
        itemId: 'next-1',
        evidence: { commentId: 'c-1' },
      }),
    );
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
