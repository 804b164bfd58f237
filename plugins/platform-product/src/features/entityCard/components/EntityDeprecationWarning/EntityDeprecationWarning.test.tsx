import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockPlatformProductApi,
  responseError,
  serviceEntity,
} from '../../../../__testUtils__/fixtures';
import { renderWithApi } from '../../../../__testUtils__/renderWithApi';
import {
  consumerEntity,
  consumerCardOf,
  exceptionOf,
} from '../../../deprecations/components/DeprecationDetailPanel/deprecationFixtures';
import { EntityDeprecationWarning } from './EntityDeprecationWarning';

// Typing a reason and dates into the dialog takes more than the default 5 s on a busy machine.
jest.setTimeout(30_000);

const OWNER = ['user:default/guest', 'group:default/team-checkout'];

describe('EntityDeprecationWarning', () => {
  it('shows nothing for an entity that consumes nothing deprecated', async () => {
    const api = mockPlatformProductApi();
    await renderWithApi(<EntityDeprecationWarning />, {
      entity: serviceEntity,
      api,
    });
    await waitFor(() =>
      expect(api.getEntityCard).toHaveBeenCalledWith({
        entityRef: 'component:default/checkout',
      }),
    );
    expect(screen.queryByTestId('deprecation-warning')).not.toBeInTheDocument();
  });

  it('tells a consumer what is deprecated, why, the replacement, the guide and the days left', async () => {
    await renderWithApi(<EntityDeprecationWarning />, {
      entity: consumerEntity,
      api: mockPlatformProductApi({
        getEntityCard: jest.fn().mockResolvedValue(consumerCardOf(null)),
      }),
    });
    const banner = await screen.findByTestId('deprecation-warning');
    expect(banner).toHaveTextContent(
      'This entity depends on Docker container runtime (deprecated), which is deprecated',
    );
    expect(banner).toHaveTextContent('Docker shim support ends upstream.');
    expect(banner).toHaveTextContent('Sunset on 2027-06-30 — 217 days left');
    expect(
      screen.getByRole('link', { name: /migration guide/ }),
    ).toHaveAttribute(
      'href',
      'https://docs.acme.example/migrate-to-containerd',
    );
    expect(
      screen.getByRole('link', { name: /containerd-runtime/ }),
    ).toBeInTheDocument();
  });

  it.each([
    [
      exceptionOf(),
      'Exception requested until 2027-09-30, awaiting a decision',
    ],
    [
      exceptionOf({ status: 'approved', state: 'approved' }),
      'Exception approved until 2027-09-30',
    ],
    [
      exceptionOf({
        status: 'denied',
        state: 'denied',
        decisionReason: 'Move first',
      }),
      'Exception denied: Move first',
    ],
    [
      exceptionOf({ status: 'approved', state: 'expired' }),
      'Exception expired on 2027-09-30',
    ],
  ])('shows the consumer’s exception (%#)', async (exception, text) => {
    await renderWithApi(<EntityDeprecationWarning />, {
      entity: consumerEntity,
      api: mockPlatformProductApi({
        getEntityCard: jest.fn().mockResolvedValue(consumerCardOf(exception)),
      }),
      ownershipEntityRefs: OWNER,
    });
    expect(
      await screen.findByTestId('deprecation-exception'),
    ).toHaveTextContent(text);
  });

  it('says when the sunset has passed and the consumer is in violation', async () => {
    await renderWithApi(<EntityDeprecationWarning />, {
      entity: consumerEntity,
      api: mockPlatformProductApi({
        getEntityCard: jest
          .fn()
          .mockResolvedValue(
            consumerCardOf(
              null,
              { daysToSunset: -3, phase: 'sunset-passed' },
              true,
            ),
          ),
      }),
    });
    expect(await screen.findByTestId('deprecation-warning')).toHaveTextContent(
      'Sunset passed 3 days ago (2027-06-30) — in violation',
    );
  });

  it('offers "Request exception" to the consumer’s owners only', async () => {
    const api = mockPlatformProductApi({
      getEntityCard: jest.fn().mockResolvedValue(consumerCardOf(null)),
    });
    await renderWithApi(<EntityDeprecationWarning />, {
      entity: consumerEntity,
      api,
      ownershipEntityRefs: ['user:default/noah-williams'],
    });
    await screen.findByTestId('deprecation-warning');
    expect(
      screen.queryByRole('button', { name: 'Request exception' }),
    ).not.toBeInTheDocument();
  });

  it('hides "Request exception" while an exception is pending', async () => {
    await renderWithApi(<EntityDeprecationWarning />, {
      entity: consumerEntity,
      api: mockPlatformProductApi({
        getEntityCard: jest
          .fn()
          .mockResolvedValue(consumerCardOf(exceptionOf())),
      }),
      ownershipEntityRefs: OWNER,
    });
    await screen.findByTestId('deprecation-exception');
    expect(
      screen.queryByRole('button', { name: 'Request exception' }),
    ).not.toBeInTheDocument();
  });

  it('requests an exception, shows the backend’s refusal verbatim, then succeeds', async () => {
    const getEntityCard = jest
      .fn()
      .mockResolvedValueOnce(consumerCardOf(null))
      .mockResolvedValue(consumerCardOf(exceptionOf()));
    const requestDeprecationException = jest
      .fn()
      .mockRejectedValueOnce(
        await responseError(
          400,
          'Bad Request',
          'requestedEnd 2029-07-01 is too late: an exception may last at most 730 days after the sunset (2027-06-30), so until 2029-06-29 at the latest',
        ),
      )
      .mockResolvedValue(exceptionOf());
    await renderWithApi(<EntityDeprecationWarning />, {
      entity: consumerEntity,
      api: mockPlatformProductApi({
        getEntityCard,
        requestDeprecationException,
      }),
      ownershipEntityRefs: OWNER,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Request exception' }),
    );
    await userEvent.type(screen.getByLabelText(/Reason/), 'Peak season freeze');
    const endDate = screen.getByLabelText(/End date/);
    await userEvent.type(endDate, '2029-07-01');
    const submit = screen
      .getAllByText('Request exception')
      .map(label => label.closest('button')!)
      .find(button => button.closest('[role="dialog"]'))!;
    await userEvent.click(submit);
    expect(
      await screen.findByTestId('request-exception-error'),
    ).toHaveTextContent('so until 2029-06-29 at the latest');
    expect(requestDeprecationException).toHaveBeenCalledWith({
      deprecationRef: 'resource:default/docker-runtime',
      request: {
        consumerRef: 'component:default/order-confirmation-worker',
        reason: 'Peak season freeze',
        requestedEnd: '2029-07-01',
      },
    });

    await userEvent.clear(endDate);
    await userEvent.type(endDate, '2027-09-30');
    await userEvent.click(submit);
    expect(
      await screen.findByTestId('deprecation-exception'),
    ).toHaveTextContent('Exception requested until 2027-09-30');
    await waitFor(() =>
      expect(screen.queryByLabelText(/End date/)).not.toBeInTheDocument(),
    );
  });
});
