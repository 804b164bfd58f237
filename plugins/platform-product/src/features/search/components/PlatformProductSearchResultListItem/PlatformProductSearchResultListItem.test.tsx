import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import type {
  AnnouncementSearchDocument,
  PlatformSearchDocument,
  RoadmapItemSearchDocument,
} from '@platform-product/backstage-plugin-platform-product-common';
import { PlatformProductSearchResultListItem } from './PlatformProductSearchResultListItem';

const LOGGING = 'system:default/logging-platform';
const common = {
  authorization: { resourceRef: LOGGING },
  platformRef: LOGGING,
  platformTitle: 'Logging Platform',
  status: null,
  horizon: null,
  personas: [],
  support: null,
  announcementKind: null,
};

const roadmapItem: RoadmapItemSearchDocument = {
  ...common,
  documentKind: 'roadmap-item',
  title: 'Cheaper long retention',
  text: 'Audit requires a year of logs, and all of it sits in hot storage.',
  location:
    '/catalog/default/system/logging-platform/platform?section=roadmap#roadmap-item-cold-storage-tier',
  status: 'exploring',
  horizon: 'later',
  personas: ['SRE on call'],
};

const chips = () =>
  Array.from(document.querySelectorAll('.MuiChip-label')).map(
    chip => chip.textContent,
  );

describe('PlatformProductSearchResultListItem', () => {
  it('shows a roadmap item with its type, platform, status and horizon, linked to the roadmap', async () => {
    await renderInTestApp(
      <PlatformProductSearchResultListItem result={roadmapItem} />,
    );

    expect(
      screen.getByRole('link', { name: 'Cheaper long retention' }),
    ).toHaveAttribute('href', roadmapItem.location);
    expect(screen.getByText(roadmapItem.text)).toBeInTheDocument();
    expect(chips()).toEqual([
      'Type: Roadmap item',
      'Platform: Logging Platform',
      'Status: exploring',
      'Horizon: Later',
    ]);
  });

  it('highlights the words the search matched', async () => {
    await renderInTestApp(
      <PlatformProductSearchResultListItem
        result={roadmapItem}
        highlight={{
          preTag: '<em>',
          postTag: '</em>',
          fields: { title: 'Cheaper long <em>retention</em>' },
        }}
      />,
    );

    const marked = screen.getByText('retention');
    expect(marked.tagName).toBe('MARK');
    expect(marked.closest('a')).toHaveAttribute('href', roadmapItem.location);
  });

  it('shows a platform with its support channel and personas, and an announcement with its kind', async () => {
    const platform: PlatformSearchDocument = {
      ...common,
      documentKind: 'platform',
      title: 'Logging Platform',
      text: 'Ship structured logs once.',
      location: '/catalog/default/system/logging-platform/platform',
      support: '#logging-help',
      personas: ['SRE on call'],
    };
    const announcement: AnnouncementSearchDocument = {
      ...common,
      documentKind: 'announcement',
      title: 'Retention drops to 14 days',
      text: 'From Monday.',
      location:
        '/catalog/default/system/logging-platform/platform?section=announcements#announcement-a1',
      announcementKind: 'planned-change',
      relevantUntil: '2026-12-20T00:00:00.000Z',
    };
    await renderInTestApp(
      <>
        <PlatformProductSearchResultListItem result={platform} />
        <PlatformProductSearchResultListItem result={announcement} />
      </>,
    );

    expect(chips()).toEqual([
      'Type: Platform',
      'Support: #logging-help',
      'Persona: SRE on call',
      'Type: Announcement',
      'Platform: Logging Platform',
      'Kind: Planned change',
    ]);
  });

  it('renders nothing for a result that is not a Platform Product document', async () => {
    await renderInTestApp(
      <PlatformProductSearchResultListItem
        result={{ title: 'checkout-service', text: '', location: '/x' }}
      />,
    );

    expect(
      screen.queryByTestId('platform-product-search-result'),
    ).not.toBeInTheDocument();
  });
});
