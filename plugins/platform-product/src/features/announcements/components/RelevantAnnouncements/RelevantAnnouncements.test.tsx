import { screen } from '@testing-library/react';
import type { EntityAnnouncements } from '@platform-product/backstage-plugin-platform-product-common';
import {
  mockPlatformProductApi,
  serviceEntity,
} from '../../../../__testUtils__/fixtures';
import { renderWithApi } from '../../../../__testUtils__/renderWithApi';
import { RelevantAnnouncements } from './RelevantAnnouncements';

describe('RelevantAnnouncements', () => {
  it('shows one linked line per relevant announcement of a relied-on platform', async () => {
    const items: EntityAnnouncements['items'] = [
      {
        id: 'a1',
        platformRef: 'system:default/deploy-platform',
        platformTitle: 'Deployment Platform',
        kind: 'maintenance',
        title: 'Registry maintenance',
        body: 'Pushes pause for 10 minutes.',
        startsAt: '2026-12-01T09:00:00.000Z',
        timing: 'ahead',
        relevant: true,
        relevantUntil: '2026-12-15T09:00:00.000Z',
        postedBy: 'user:default/noah-williams',
        postedAt: '2026-11-25T08:00:00.000Z',
        updatedAt: '2026-11-25T08:00:00.000Z',
        version: 1,
      },
    ];
    await renderWithApi(<RelevantAnnouncements items={items} />, {
      entity: serviceEntity,
      api: mockPlatformProductApi(),
    });
    const link = await screen.findByRole('link', {
      name: 'Registry maintenance',
    });
    expect(link).toHaveAttribute(
      'href',
      '/catalog/default/system/deploy-platform/platform',
    );
    expect(screen.getByText(/Deployment Platform:/)).toBeInTheDocument();
    expect(screen.getByText('Maintenance')).toBeInTheDocument();
  });

  it('shows nothing without announcements', async () => {
    const { container } = await renderWithApi(
      <RelevantAnnouncements items={[]} />,
      { entity: serviceEntity, api: mockPlatformProductApi() },
    );
    expect(container.textContent).toBe('');
  });
});
