import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import {
  featureApiPairs,
  mockPlatformProductApi,
  responseError,
} from '../../../../__testUtils__/fixtures';
import { COMMERCE, ENGINEERING, trends } from '../portfolioFixtures';
import {
  pageSearch,
  renderPortfolioPage,
} from '../../../../__testUtils__/renderPortfolioPage';
import { PortfolioPage } from './PortfolioPage';

jest.setTimeout(30_000);

const settings = () => within(screen.getByRole('group', { name: 'View' }));
const gridRow = (title: string) =>
  within(screen.getByRole('table', { name: 'Platforms' }))
    .getByRole('link', { name: title })
    .closest('tr')!;

describe('PortfolioPage', () => {
  it('shows one row per platform with every figure as text', async () => {
    await renderPortfolioPage();
    expect(screen.getByText('Platforms portfolio')).toBeInTheDocument();
    const deploy = gridRow('Deploy platform');
    expect(
      within(deploy).getByRole('link', { name: 'Deploy platform' }),
    ).toHaveAttribute('href', '/catalog/default/system/deploy-platform');
    for (const text of [
      '80 % · Late majority',
      '4 of 5 teams',
      '▲ +5 pts',
      '▼ -10 pts',
      '12/20',
      '+32 · n=40 · ±12',
      'closed 2026-11-15',
      'At risk',
      'Ticket alert',
      'Deploy API availability: 99.85 % · budget left 25 %',
      '2.5 per 100 users a month',
      '7 / 2',
      '55 %',
      '3 of 4 on track',
      '120 h/month',
      '42 per service a month',
    ]) {
      expect(deploy).toHaveTextContent(text);
    }
    expect(
      within(deploy).getByRole('link', { name: 'Delivery' }),
    ).toBeInTheDocument();
    expect(deploy).not.toHaveTextContent('as of');
  });

  it('says "no data" for every missing figure, and marks an older, imported row', async () => {
    await renderPortfolioPage();
    const logging = gridRow('Logging platform');
    // adoption, its two changes, services, NPS, reliability, support, debt, objectives, capacity, cost
    expect(within(logging).getAllByText('no data')).toHaveLength(11);
    expect(logging).toHaveTextContent('as of 2026-11-29');
    expect(within(logging).getByText('imported')).toBeInTheDocument();
  });

  it('shows the totals and the investment mix', async () => {
    await renderPortfolioPage();
    expect(screen.getByText('6 of 10 · 60 %')).toBeInTheDocument();
    const mix = screen.getByRole('table', { name: 'Investment mix' });
    expect(within(mix).getAllByRole('row')[1]).toHaveTextContent('40 %50 %2');
  });

  it('sorts on the server by the header clicked, kept in the URL, and reverses on a second click', async () => {
    const api = await renderPortfolioPage();
    await userEvent.click(screen.getByRole('button', { name: 'NPS' }));
    await waitFor(() =>
      expect(api.getPortfolio).toHaveBeenLastCalledWith({
        sort: 'nps',
        order: 'desc',
      }),
    );
    expect(pageSearch()).toBe('?sort=nps&order=desc');
    await userEvent.click(await screen.findByRole('button', { name: 'NPS' }));
    await waitFor(() => expect(pageSearch()).toBe('?sort=nps&order=asc'));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Platform' }),
    );
    await waitFor(() => expect(pageSearch()).toBe('?sort=title&order=asc'));
  });

  it('reads the view from the URL it was opened with, ignoring what it does not understand', async () => {
    const api = await renderPortfolioPage(
      {},
      `/platforms?asOf=2026-11-01&category=deployment&category=observability&owner=${encodeURIComponent(
        'group:default/team-delivery',
      )}&org=${encodeURIComponent(ENGINEERING)}&sort=bogus&order=sideways`,
    );
    const query = {
      asOf: '2026-11-01',
      category: ['deployment', 'observability'],
      owner: ['group:default/team-delivery'],
      org: ENGINEERING,
    };
    expect(api.getPortfolio).toHaveBeenCalledWith(query);
    expect(api.getPortfolioTrends).toHaveBeenCalledWith({
      asOf: '2026-11-01',
      category: query.category,
      owner: query.owner,
    });
  });

  it('filters by category and org through the URL and sends them to the backend', async () => {
    const api = await renderPortfolioPage();
    await userEvent.click(settings().getByRole('button', { name: /Category/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'observability' }),
    );
    await waitFor(() => expect(pageSearch()).toBe('?category=observability'));
    expect(api.getPortfolio).toHaveBeenLastCalledWith({
      category: ['observability'],
    });
    await userEvent.keyboard('{Escape}');

    await userEvent.click(settings().getByRole('button', { name: /Org/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Commerce' }),
    );
    await waitFor(() =>
      expect(api.getPortfolio).toHaveBeenLastCalledWith({
        category: ['observability'],
        org: COMMERCE,
      }),
    );
    expect(pageSearch()).toBe(
      `?category=observability&org=${encodeURIComponent(COMMERCE)}`,
    );
  });

  it('sends the as-of day, bounded by the first snapshot and today', async () => {
    const api = await renderPortfolioPage();
    const asOf = screen.getByLabelText('As of');
    expect(asOf).toHaveValue('2026-12-01');
    expect(asOf).toHaveAttribute('min', '2026-06-01');
    expect(asOf).toHaveAttribute('max', new Date().toISOString().slice(0, 10));
    fireEvent.change(asOf, { target: { value: '2026-10-01' } });
    await waitFor(() =>
      expect(api.getPortfolio).toHaveBeenLastCalledWith({ asOf: '2026-10-01' }),
    );
    expect(api.getPortfolioTrends).toHaveBeenLastCalledWith({
      asOf: '2026-10-01',
      category: undefined,
      owner: undefined,
    });
    expect(pageSearch()).toBe('?asOf=2026-10-01');
  });

  it("shows the backend's message when the view cannot be built", async () => {
    const api = mockPlatformProductApi({
      getPortfolio: jest
        .fn()
        .mockRejectedValue(
          await responseError(
            400,
            'Bad Request',
            'asOf 2999-01-01 is after today',
          ),
        ),
      getPortfolioTrends: jest.fn().mockResolvedValue(trends),
    });
    await renderInTestApp(
      <TestApiProvider apis={featureApiPairs(api)}>
        <PortfolioPage />
      </TestApiProvider>,
      { routeEntries: ['/platforms?asOf=2999-01-01'] },
    );
    expect(
      (await screen.findAllByText('asOf 2999-01-01 is after today')).length,
    ).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('exports the view on screen as a CSV file named after its day', async () => {
    const api = await renderPortfolioPage(
      { exportPortfolio: jest.fn().mockResolvedValue('platform\n') },
      '/platforms?category=deployment',
    );
    const names: string[] = [];
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function record(this: HTMLAnchorElement) {
        names.push(this.download);
      });
    URL.createObjectURL = jest.fn(() => 'blob:portfolio');
    URL.revokeObjectURL = jest.fn();
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(names).toEqual(['portfolio-2026-12-01.csv']));
    expect(api.exportPortfolio).toHaveBeenCalledWith({
      format: 'csv',
      query: { category: ['deployment'] },
    });
    click.mockRestore();
  });

  it('shows the trends: movers and NPS by round', async () => {
    await renderPortfolioPage();
    const rises = await screen.findByRole('list', { name: 'Rises' });
    expect(rises).toHaveTextContent('Deploy platform: ▲ +10 pts');
    expect(rises).toHaveTextContent('70 % → 80 %');
    expect(screen.getByText(/Dashed: figures imported/)).toBeInTheDocument();
    expect(
      screen.getByText('Deploy platform: +20 (2026-08-15) · +32 (2026-11-15)'),
    ).toBeInTheDocument();
  });
});
