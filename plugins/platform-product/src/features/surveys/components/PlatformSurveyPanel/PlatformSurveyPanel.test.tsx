import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type {
  SurveyResults,
  SurveyRoundResult,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  mockPlatformProductApi,
  platformEntity,
} from '../../../../__testUtils__/fixtures';
import { renderWithApi } from '../../../../__testUtils__/renderWithApi';
import { PlatformSurveyPanel } from './PlatformSurveyPanel';

jest.setTimeout(30_000);

const REF = 'system:default/deploy-platform';

const result = (over: Partial<SurveyRoundResult>): SurveyRoundResult => ({
  n: 41,
  promoters: 20,
  passives: 11,
  detractors: 10,
  nps: 24.39,
  marginOfError95: 14.2,
  readable: true,
  tooFewToRead: false,
  distribution: [1, 0, 1, 2, 2, 2, 2, 5, 6, 10, 10],
  responseRate: { responses: 41, people: 50, ratio: 0.82 },
  byPersona: [
    {
      ref: 'persona:default/feature-engineer',
      title: 'Feature engineer',
      n: 30,
      promoters: 15,
      passives: 8,
      detractors: 7,
      nps: 26.7,
      marginOfError95: 16,
      readable: true,
    },
    {
      ref: 'persona:default/sre-oncall',
      n: 4,
      promoters: 1,
      passives: 1,
      detractors: 2,
      nps: -25,
      marginOfError95: 40,
      readable: false,
    },
  ],
  byOrg: [],
  ...over,
});

const round = (id: string, title: string, closedAt: string | null) => ({
  id,
  platformRef: REF,
  title,
  question: 'What is the biggest pain point?',
  startsAt: '2026-10-01T00:00:00.000Z',
  endsAt: '2026-12-15T00:00:00.000Z',
  closedAt,
  createdBy: 'user:default/noah-williams',
  createdAt: '2026-10-01T00:00:00.000Z',
  origin: 'manual' as const,
});

const results = (canReadFeedback: boolean): SurveyResults => ({
  platformRef: REF,
  canReadFeedback,
  rounds: [
    {
      round: round('open', 'Q4 2026', null),
      result: canReadFeedback
        ? result({ n: 3, tooFewToRead: true, readable: false, nps: 33.3 })
        : null,
    },
    {
      round: round('q3', 'Q3 2026', '2026-09-30T00:00:00.000Z'),
      result: result({}),
    },
  ],
  trend: [
    {
      roundId: 'q2',
      title: 'Q2 2026',
      closedAt: '2026-06-30T00:00:00.000Z',
      nps: 10,
      n: 35,
      marginOfError95: 15,
    },
    {
      roundId: 'q3',
      title: 'Q3 2026',
      closedAt: '2026-09-30T00:00:00.000Z',
      nps: 24.39,
      n: 41,
      marginOfError95: 14.2,
    },
  ],
});

describe('PlatformSurveyPanel', () => {
  it('shows the latest closed round with n, margin and response rate, the trend and the split, and hides the owners’ controls from others', async () => {
    const api = mockPlatformProductApi({
      getSurveyResults: jest.fn().mockResolvedValue(results(false)),
    });
    await renderWithApi(<PlatformSurveyPanel entityRef={REF} />, {
      entity: platformEntity,
      api,
      ownershipEntityRefs: [
        'user:default/guest',
        'group:default/team-payments',
      ],
    });
    expect(
      await screen.findByText('Latest closed round: Q3 2026'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('NPS')).toHaveTextContent('+24');
    expect(
      screen.getByText(
        '±14 · n=41 · response rate 82 % (41 of 50 people in adopting teams)',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Q2 2026: +10 (n=35) · Q3 2026: +24 (n=41)'),
    ).toBeInTheDocument();
    const byPersona = screen.getByRole('table', { name: 'By persona' });
    expect(within(byPersona).getByText('Feature engineer')).toBeInTheDocument();
    expect(
      within(byPersona).getByText('-25 (too few answers)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Results are shown to everyone when the round closes.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Close round now' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Export CSV' }),
    ).not.toBeInTheDocument();
    expect(api.getSurveyComments).not.toHaveBeenCalled();
  });

  it('gives owners the open round’s live results, its comments as text, export and closing', async () => {
    const api = mockPlatformProductApi({
      getSurveyResults: jest.fn().mockResolvedValue(results(true)),
      getSurveyComments: jest.fn().mockResolvedValue({
        roundId: 'open',
        items: [
          {
            score: 2,
            comment: '<script>alert(1)</script>',
            teamRefs: ['group:default/team-checkout'],
            personaRefs: ['persona:default/feature-engineer'],
            signedBy: null,
            answeredAt: '2026-11-25T10:00:00.000Z',
          },
          {
            score: 10,
            comment: 'love it',
            teamRefs: ['group:default/team-search'],
            personaRefs: [],
            signedBy: 'user:default/mei-lin',
            answeredAt: '2026-11-25T10:00:00.000Z',
          },
        ],
      }),
      closeSurveyRound: jest
        .fn()
        .mockResolvedValue(
          round('open', 'Q4 2026', '2026-11-25T12:00:00.000Z'),
        ),
    });
    await renderWithApi(<PlatformSurveyPanel entityRef={REF} />, {
      entity: platformEntity,
      api,
      ownershipEntityRefs: [
        'user:default/guest',
        'group:default/team-delivery',
      ],
    });
    expect(
      await screen.findByText(
        'Live results (visible to the owners only until the round closes)',
        undefined,
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Too few answers to read \(n < 10\)/),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('<script>alert(1)</script>'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Score 2 · team team-checkout · persona feature-engineer',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Score 10 · team team-search · persona — · signed by mei-lin',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Export CSV' }),
    ).toBeInTheDocument();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Close round now' }),
    );
    expect(api.closeSurveyRound).toHaveBeenCalledWith({
      entityRef: REF,
      roundId: 'open',
    });
  });

  it('lets owners open a round when none is open', async () => {
    const closedOnly = results(true);
    closedOnly.rounds = closedOnly.rounds.slice(1);
    const api = mockPlatformProductApi({
      getSurveyResults: jest.fn().mockResolvedValue(closedOnly),
      openSurveyRound: jest
        .fn()
        .mockResolvedValue(round('new', 'Q1 2027', null)),
    });
    await renderWithApi(<PlatformSurveyPanel entityRef={REF} />, {
      entity: platformEntity,
      api,
      ownershipEntityRefs: ['group:default/team-delivery'],
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Open a round' }),
    );
    await userEvent.type(screen.getByLabelText('Title'), 'Q1 2027');
    await userEvent.click(screen.getByRole('button', { name: 'Open round' }));
    expect(api.openSurveyRound).toHaveBeenCalledWith({
      entityRef: REF,
      round: expect.objectContaining({
        title: 'Q1 2027',
        question: 'What is the biggest pain point?',
      }),
    });
  });

  it('says an org had too few answers to show, without any count of it', async () => {
    const small = results(false);
    small.rounds[1].result = result({
      byOrg: [{ ref: 'group:default/team-data', tooFewToShow: true }],
    });
    await renderWithApi(<PlatformSurveyPanel entityRef={REF} />, {
      entity: platformEntity,
      api: mockPlatformProductApi({
        getSurveyResults: jest.fn().mockResolvedValue(small),
      }),
    });
    const byOrg = within(await screen.findByRole('table', { name: 'By org' }));
    expect(byOrg.getByRole('row', { name: /team-data/ })).toHaveTextContent(
      /^team-datafewer than 5 answers——$/,
    );
  });
});
