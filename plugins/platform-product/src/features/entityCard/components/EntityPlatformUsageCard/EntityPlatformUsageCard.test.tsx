import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  deployPlatformUsage,
  entityCardOf,
  loggingPlatformUsage,
  mockPlatformProductApi,
  responseError,
  serviceEntity,
} from '../../../../__testUtils__/fixtures';
import { renderWithApi } from '../../../../__testUtils__/renderWithApi';
import { EntityPlatformUsageCard } from './EntityPlatformUsageCard';

describe('EntityPlatformUsageCard', () => {
  it('shows a progress bar while the platforms load', async () => {
    const api = mockPlatformProductApi({
      getEntityCard: jest.fn().mockReturnValue(new Promise(() => {})),
    });
    await renderWithApi(<EntityPlatformUsageCard />, {
      entity: serviceEntity,
      api,
    });
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    expect(api.getEntityCard).toHaveBeenCalledWith({
      entityRef: 'component:default/checkout',
    });
  });

  it('tells the owner how to make the entity rely on a platform when it relies on none', async () => {
    await renderWithApi(<EntityPlatformUsageCard />, {
      entity: serviceEntity,
      api: mockPlatformProductApi(),
    });
    expect(
      await screen.findByText(/Checkout relies on no platform/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/relation to a platform's API or component/),
    ).toBeInTheDocument();
  });

  it("shows the backend's message when loading fails, and loads again on retry", async () => {
    const api = mockPlatformProductApi({
      getEntityCard: jest
        .fn()
        .mockRejectedValueOnce(
          await responseError(
            503,
            'Service Unavailable',
            'The catalog did not answer in time; try again in a minute',
          ),
        )
        .mockResolvedValueOnce(
          entityCardOf({ platforms: [deployPlatformUsage] }),
        ),
    });
    await renderWithApi(<EntityPlatformUsageCard />, {
      entity: serviceEntity,
      api,
    });

    expect(
      await screen.findByText(
        'Error: The catalog did not answer in time; try again in a minute',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('Deploy platform')).toBeInTheDocument();
    expect(api.getEntityCard).toHaveBeenCalledTimes(2);
  });

  it('shows, per platform, its SLO health, the budget of its worst SLO, its support and a link to its Platform tab', async () => {
    await renderWithApi(<EntityPlatformUsageCard />, {
      entity: serviceEntity,
      api: mockPlatformProductApi({
        getEntityCard: jest.fn().mockResolvedValue(
          entityCardOf({
            platforms: [deployPlatformUsage, loggingPlatformUsage],
          }),
        ),
      }),
    });

    expect(
      await screen.findByRole('link', { name: 'Deploy platform' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/system/deploy-platform/platform',
    );
    expect(screen.getByRole('link', { name: 'Logging' })).toHaveAttribute(
      'href',
      '/catalog/default/system/logging/platform',
    );
    expect(screen.getByText('At risk')).toBeInTheDocument();

    // The worst SLO decides the bar: 12 % left on availability, not 50 % on latency.
    const bar = screen.getByRole('progressbar', {
      name: 'Deploy API availability: 12 % of error budget left',
    });
    expect(bar).toHaveAttribute('aria-valuenow', '12');
    expect(
      screen.getByText('12 % of error budget left · Deploy API availability'),
    ).toBeInTheDocument();

    expect(screen.getByRole('link', { name: /#deploy-help/ })).toHaveAttribute(
      'href',
      'https://chat.example.com/deploy-help',
    );
    expect(
      screen.getByText(/P1 in 15m · P2 in 4h · business hours/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /deploy-api/ })).toHaveAttribute(
      'href',
      '/catalog/default/api/deploy-api',
    );

    // A platform without SLOs or support promise says so instead of showing a bar.
    expect(screen.getByText('No data')).toBeInTheDocument();
    expect(
      screen.getByText('This platform declares no SLOs'),
    ).toBeInTheDocument();
    expect(screen.getByText('No support promise declared')).toBeInTheDocument();
    const logging = screen.getByText(/log-ingest/).closest('p')!;
    expect(within(logging).getByText(/through/)).toBeInTheDocument();
    expect(within(logging).getByRole('link', { name: /shop/ })).toHaveAttribute(
      'href',
      '/catalog/default/system/shop',
    );
  });

  it('says when the budget is overspent, with an empty bar', async () => {
    await renderWithApi(<EntityPlatformUsageCard />, {
      entity: serviceEntity,
      api: mockPlatformProductApi({
        getEntityCard: jest.fn().mockResolvedValue(
          entityCardOf({
            platforms: [
              {
                ...deployPlatformUsage,
                health: 'breached',
                slos: [
                  {
                    ...deployPlatformUsage.slos[1],
                    budgetRemaining: -0.25,
                    health: 'breached',
                  },
                ],
              },
            ],
          }),
        ),
      }),
    });
    expect(
      await screen.findByText(
        'Error budget overspent by 25 % · Deploy API availability',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute(
      'aria-valuenow',
      '0',
    );
    expect(screen.getByText('Breached')).toBeInTheDocument();
  });
});
