import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Announcement } from '@platform-product/backstage-plugin-platform-product-common';
import {
  mockPlatformProductApi,
  platformEntity,
} from '../../../../__testUtils__/fixtures';
import { renderWithApi } from '../../../../__testUtils__/renderWithApi';
import { PlatformAnnouncementsPanel } from './PlatformAnnouncementsPanel';

const ENTITY_REF = 'system:default/deploy-platform';
const OWNER = ['user:default/noah', 'group:default/team-delivery'];

const announcement: Announcement = {
  id: 'a1',
  platformRef: ENTITY_REF,
  kind: 'planned-change',
  title: 'New deployments default to containerd',
  body: 'New deployments run on **containerd**. <img src="x" alt="sneaky">',
  startsAt: '2026-12-01T09:00:00.000Z',
  endsAt: '2026-12-01T11:00:00.000Z',
  timing: 'ahead',
  relevant: true,
  relevantUntil: '2026-12-08T11:00:00.000Z',
  postedBy: 'user:default/noah-williams',
  postedAt: '2026-11-25T08:00:00.000Z',
  updatedAt: '2026-11-25T08:00:00.000Z',
  version: 1,
};

const withAnnouncement = () =>
  mockPlatformProductApi({
    listAnnouncements: jest
      .fn()
      .mockResolvedValue({ platformRef: ENTITY_REF, items: [announcement] }),
  });

jest.setTimeout(30_000);

describe('PlatformAnnouncementsPanel', () => {
  it('renders the Markdown body without rendering raw HTML', async () => {
    const { container } = await renderWithApi(
      <PlatformAnnouncementsPanel entityRef={ENTITY_REF} />,
      { entity: platformEntity, api: withAnnouncement() },
    );
    expect(
      await screen.findByText('New deployments default to containerd'),
    ).toBeInTheDocument();
    expect(screen.getByText('containerd').tagName).toBe('STRONG');
    expect(screen.getByText('upcoming')).toBeInTheDocument();
    expect(
      screen.getByText(/1 Dec 2026, 09:00 UTC – 1 Dec 2026, 11:00 UTC/),
    ).toBeInTheDocument();
    expect(container.querySelector('img[alt="sneaky"]')).toBeNull();
  });

  it('hides the composer and editing from people who do not own the platform', async () => {
    await renderWithApi(<PlatformAnnouncementsPanel entityRef={ENTITY_REF} />, {
      entity: platformEntity,
      api: withAnnouncement(),
    });
    await screen.findByText('New deployments default to containerd');
    expect(
      screen.queryByRole('button', { name: 'Post announcement' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByLabelText(/Edit announcement/),
    ).not.toBeInTheDocument();
    expect(
      await screen.findByRole('button', { name: 'Follow' }),
    ).toBeInTheDocument();
  });

  it('shows the composer’s validation error and sends nothing', async () => {
    const api = withAnnouncement();
    await renderWithApi(<PlatformAnnouncementsPanel entityRef={ENTITY_REF} />, {
      entity: platformEntity,
      api,
      ownershipEntityRefs: OWNER,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Post announcement' }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByLabelText(/^Title/),
      'Maintenance tonight',
    );
    await userEvent.type(
      within(dialog).getByLabelText(/^Body/),
      'Heads up.{enter}<script>alert(1)</script>',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Post' }));
    expect(
      await within(dialog).findByText(
        'body contains a <script> element at line 2; announcements are Markdown without HTML scripts',
      ),
    ).toBeInTheDocument();
    expect(api.postAnnouncement).not.toHaveBeenCalled();
  });

  it('follows and unfollows', async () => {
    const api = withAnnouncement();
    api.getFollowState
      .mockResolvedValueOnce({
        platformRef: ENTITY_REF,
        following: false,
        followers: 2,
      })
      .mockResolvedValueOnce({
        platformRef: ENTITY_REF,
        following: true,
        followers: 3,
      });
    api.setFollowing.mockResolvedValue({
      platformRef: ENTITY_REF,
      following: true,
      followers: 3,
    });
    await renderWithApi(<PlatformAnnouncementsPanel entityRef={ENTITY_REF} />, {
      entity: platformEntity,
      api,
    });
    expect(await screen.findByText('2 followers')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Follow' }));
    expect(api.setFollowing).toHaveBeenCalledWith({
      entityRef: ENTITY_REF,
      following: true,
    });
    expect(
      await screen.findByRole('button', { name: 'Unfollow' }),
    ).toBeInTheDocument();
    expect(screen.getByText('3 followers')).toBeInTheDocument();
  });
});
