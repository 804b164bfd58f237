import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockPlatformProductApi,
  platformEntity,
  responseError,
  scorecard,
} from '../../../../__testUtils__/fixtures';
import { renderWithApi } from '../../../../__testUtils__/renderWithApi';
import { EntityPlatformScorecardCard } from './EntityPlatformScorecardCard';

function rowOf(kpiTitle: string) {
  return screen.getByRole('row', { name: new RegExp(`^${kpiTitle}`) });
}

describe('EntityPlatformScorecardCard', () => {
  it('shows a progress bar while the scorecard loads', async () => {
    await renderWithApi(<EntityPlatformScorecardCard />, {
      entity: platformEntity,
      api: mockPlatformProductApi({
        getScorecard: jest.fn().mockReturnValue(new Promise(() => {})),
      }),
    });
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('lists the KPIs in the product order, each with its value, target and status', async () => {
    const api = mockPlatformProductApi();
    await renderWithApi(<EntityPlatformScorecardCard />, {
      entity: platformEntity,
      api,
    });

    await screen.findByRole('table', { name: 'Scorecard' });
    expect(api.getScorecard).toHaveBeenCalledWith({
      entityRef: 'system:default/deploy-platform',
    });
    const titles = screen
      .getAllByRole('row')
      .slice(1)
      .map(row => within(row).getAllByRole('cell')[0].textContent);
    expect(titles).toEqual([
      'Adoption',
      'Net promoter score',
      'Availability',
      'Mean time to restore',
    ]);

    const adoption = within(rowOf('Adoption'));
    expect(adoption.getByText('35 %')).toBeInTheDocument();
    expect(adoption.getByText('≥ 70 %')).toBeInTheDocument();
    expect(adoption.getByText('At risk')).toBeInTheDocument();

    const mttr = within(rowOf('Mean time to restore'));
    expect(mttr.getByText('42 min')).toBeInTheDocument();
    expect(mttr.getByText('≤ 30 min')).toBeInTheDocument();
    expect(mttr.getByText('Missed')).toBeInTheDocument();

    const nps = within(rowOf('Net promoter score'));
    expect(nps.getByText('—')).toBeInTheDocument();
    expect(nps.getByText('≥ +30')).toBeInTheDocument();
    expect(nps.getByText('No data')).toBeInTheDocument();

    expect(within(rowOf('Availability')).getByText('Met')).toBeInTheDocument();
    expect(
      screen.getByRole('columnheader', { name: '2025-03-01 – 2025-03-03' }),
    ).toBeInTheDocument();
    expect(screen.getByText('42 h a month')).toBeInTheDocument();
  });

  it('draws the daily history of every KPI', async () => {
    await renderWithApi(<EntityPlatformScorecardCard />, {
      entity: platformEntity,
      api: mockPlatformProductApi(),
    });
    await screen.findByRole('table', { name: 'Scorecard' });
    for (const kpi of scorecard.kpis) {
      expect(
        within(rowOf(kpi.title)).getByRole('img', {
          name: `Daily history of ${kpi.title}`,
        }),
      ).toBeInTheDocument();
    }
  });

  it("shows the backend's message when the platform is unknown, and retries", async () => {
    const api = mockPlatformProductApi({
      getScorecard: jest
        .fn()
        .mockRejectedValueOnce(
          await responseError(
            404,
            'Not Found',
            'system:default/deploy-platform is not a platform: it has no spec.platform',
          ),
        )
        .mockResolvedValueOnce(scorecard),
    });
    await renderWithApi(<EntityPlatformScorecardCard />, {
      entity: platformEntity,
      api,
    });
    expect(
      await screen.findByText(
        'Error: system:default/deploy-platform is not a platform: it has no spec.platform',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('table', { name: 'Scorecard' }),
    ).toBeInTheDocument();
  });
});
