import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  COMMERCE,
  DEPLOY,
  ENGINEERING,
  cellPage,
  heatRow,
} from '../portfolioFixtures';
import { renderPortfolioPage } from '../../../../__testUtils__/renderPortfolioPage';

jest.setTimeout(30_000);

describe('PortfolioHeatMap, on the portfolio page', () => {
  it('shows each org indented under its parent, with the share and counts as text', async () => {
    await renderPortfolioPage();
    const map = screen.getByRole('table', { name: 'Adoption by org' });
    const rows = within(map).getAllByRole('row');
    expect(
      rows.map(row => within(row).queryByRole('rowheader')?.textContent),
    ).toEqual([undefined, 'Engineeringorg', 'Commercedepartment']);
    expect(rows[2]).toHaveTextContent('75 %3 of 4');
    expect(rows[2]).toHaveTextContent('no data');
  });

  it('expands an org into the sub-orgs and teams the children endpoint answers, once each', async () => {
    const api = await renderPortfolioPage(
      {
        getPortfolioGroupChildren: jest.fn().mockResolvedValue({
          groupRef: ENGINEERING,
          rows: [
            heatRow(COMMERCE, 'Commerce', ENGINEERING, 3, [3, 4]),
            heatRow(
              'group:default/platform-team',
              'Platform team',
              ENGINEERING,
              0,
              [1, 1],
            ),
          ],
        }),
      },
      '/platforms?asOf=2026-12-01&sort=nps',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Expand Engineering' }),
    );
    const map = screen.getByRole('table', { name: 'Adoption by org' });
    expect(await within(map).findByText('Platform team')).toBeInTheDocument();
    expect(within(map).getAllByText('Commerce')).toHaveLength(1);
    expect(api.getPortfolioGroupChildren).toHaveBeenCalledWith({
      groupRef: ENGINEERING,
      query: { asOf: '2026-12-01', sort: 'nps' },
    });
    await userEvent.click(
      screen.getByRole('button', { name: 'Collapse Engineering' }),
    );
    expect(within(map).queryByText('Platform team')).not.toBeInTheDocument();
  });

  it('opens the teams of a cell, paged on the server, adopting and not adopting', async () => {
    const api = await renderPortfolioPage({
      getPortfolioCellTeams: jest.fn(async ({ status, offset = 0 }) =>
        cellPage(status, offset, status === 'adopting' ? 30 : 1),
      ),
    });
    await userEvent.click(
      screen.getByRole('button', {
        name: /^Deploy platform in Commerce: 75 %, 3 of 4/,
      }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(
      await within(dialog).findByText('Teams 1–25 of 30'),
    ).toBeInTheDocument();
    expect(api.getPortfolioCellTeams).toHaveBeenLastCalledWith({
      platformRef: DEPLOY,
      groupRef: COMMERCE,
      status: 'adopting',
      asOf: undefined,
      offset: 0,
      limit: 25,
    });
    expect(
      within(dialog).getByRole('button', { name: 'Previous' }),
    ).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Next' }));
    expect(
      await within(dialog).findByText('Teams 26–30 of 30'),
    ).toBeInTheDocument();
    expect(api.getPortfolioCellTeams).toHaveBeenLastCalledWith(
      expect.objectContaining({ status: 'adopting', offset: 25 }),
    );
    expect(within(dialog).getByText('adopting team 26')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Next' })).toBeDisabled();

    await userEvent.click(
      within(dialog).getByRole('tab', { name: 'Not adopting' }),
    );
    expect(
      await within(dialog).findByText('non-adopting team 1'),
    ).toBeInTheDocument();
    expect(api.getPortfolioCellTeams).toHaveBeenLastCalledWith(
      expect.objectContaining({ status: 'non-adopting', offset: 0 }),
    );
    expect(within(dialog).getByText(/3 members/)).toBeInTheDocument();
  });
});
