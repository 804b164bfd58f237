import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TestApiRegistry } from '@backstage/test-utils';
import type { EntityCard } from '@platform-product/backstage-plugin-platform-product-common';
import {
  deployPlatformUsage,
  mockPlatformProductApi,
} from '../../__testUtils__/fixtures';
import { renderWithApi } from '../../__testUtils__/renderWithApi';
import {
  consumerCardOf,
  consumerEntity,
  exceptionOf,
} from '../deprecations/components/DeprecationDetailPanel/deprecationFixtures';
import { EntityCardClient, entityCardApiRef } from './api';
import { EntityDeprecationWarning } from './components/EntityDeprecationWarning';
import { hasDeprecationWarnings } from './components/EntityDeprecationWarning/hasDeprecationWarnings';
import { EntityPlatformUsageCard } from './components/EntityPlatformUsageCard';

jest.setTimeout(30_000);

const baseUrl = 'http://localhost:7007/api/platform-product';
const OWNER = ['user:default/guest', 'group:default/team-checkout'];
const CARD_URL = `${baseUrl}/entities/component/default/order-confirmation-worker/card`;

const prompt = {
  roundId: 'round-1',
  platformRef: 'system:default/deploy-platform',
  platformTitle: 'Deploy platform',
  title: 'Q4 2026',
  question: null,
  endsAt: '2026-12-09T00:00:00.000Z',
};

/**
 * The page of order-confirmation-worker as the app builds it: the banner's `EntitySwitch`
 * condition, the banner and the usage card, over a real EntityCardClient whose HTTP requests are
 * counted; the backend answers `cards` in turn (the last one from then on).
 */
async function renderPage(cards: EntityCard[]) {
  const fetch = jest.fn(
    async () =>
      new Response(
        JSON.stringify(cards.length > 1 ? cards.shift() : cards[0]),
        {
          headers: { 'Content-Type': 'application/json' },
        },
      ),
  );
  const client = new EntityCardClient({
    discoveryApi: { getBaseUrl: async () => baseUrl },
    fetchApi: { fetch },
  });
  const api = mockPlatformProductApi({
    getEntityCard: jest.fn(options => client.getEntityCard(options)),
    invalidate: jest.fn(entityRef => client.invalidate(entityRef)),
    requestDeprecationException: jest.fn().mockResolvedValue(exceptionOf()),
  });
  const apis = TestApiRegistry.from([entityCardApiRef, api]);
  expect(await hasDeprecationWarnings(consumerEntity, { apis })).toBe(true);
  await renderWithApi(
    <>
      <EntityDeprecationWarning />
      <EntityPlatformUsageCard />
    </>,
    { entity: consumerEntity, api, ownershipEntityRefs: OWNER },
  );
  await screen.findByTestId('deprecation-warning');
  await screen.findByRole('link', { name: 'Deploy platform' });
  return { fetch, api };
}

const card = (over: Partial<EntityCard> = {}): EntityCard => ({
  ...consumerCardOf(null),
  platforms: [deployPlatformUsage],
  ...over,
});

describe('the service card and the deprecation banner on one page', () => {
  it('make one HTTP request between them, condition of the banner included', async () => {
    const { fetch } = await renderPage([card()]);
    expect(
      screen.getByText(/Sunset on 2027-06-30 — 217 days left/),
    ).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(CARD_URL, undefined);
  });

  it('ask again once an exception is requested, and show it', async () => {
    const { fetch, api } = await renderPage([
      card(),
      { ...card(), deprecations: consumerCardOf(exceptionOf()).deprecations },
    ]);
    await userEvent.click(
      screen.getByRole('button', { name: 'Request exception' }),
    );
    await userEvent.type(screen.getByLabelText(/Reason/), 'Peak season freeze');
    await userEvent.type(screen.getByLabelText(/End date/), '2027-09-30');
    await userEvent.click(
      screen.getByRole('button', { name: 'Request exception' }),
    );
    expect(
      await screen.findByTestId('deprecation-exception'),
    ).toHaveTextContent('Exception requested until 2027-09-30');
    expect(api.invalidate).toHaveBeenCalledWith(
      'component:default/order-confirmation-worker',
    );
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('forget the card once the survey is answered, so that the next visit asks again', async () => {
    const { api } = await renderPage([card({ surveyPrompt: prompt })]);
    await userEvent.click(screen.getByRole('button', { name: '8' }));
    await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
    expect(
      await screen.findByText(
        'Thank you — your answer about Deploy platform was recorded.',
      ),
    ).toBeInTheDocument();
    expect(api.answerSurvey).toHaveBeenCalledWith(
      expect.objectContaining({ roundId: 'round-1' }),
    );
    await waitFor(() =>
      expect(api.invalidate).toHaveBeenCalledWith(
        'component:default/order-confirmation-worker',
      ),
    );
  });
});
