import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockPlatformProductApi,
  platformEntity,
  responseError,
} from '../../../../__testUtils__/fixtures';
import { renderWithApi } from '../../../../__testUtils__/renderWithApi';
import { SurveyPrompt } from './SurveyPrompt';

jest.setTimeout(30_000);

const prompt = {
  roundId: 'round-1',
  platformRef: 'system:default/deploy-platform',
  platformTitle: 'Deployment Platform',
  title: 'Q4 2026',
  question: 'What is the biggest pain point?',
  endsAt: '2026-12-09T00:00:00.000Z',
};

describe('SurveyPrompt', () => {
  it('shows nothing when the backend says not to ask', async () => {
    const api = mockPlatformProductApi();
    await renderWithApi(<SurveyPrompt />, { entity: platformEntity, api });
    await waitFor(() => expect(api.getSurveyPrompt).toHaveBeenCalled());
    expect(
      screen.queryByText(/How likely are you to recommend/),
    ).not.toBeInTheDocument();
  });

  it('asks, sends the answer with the comment and signature, thanks and disappears', async () => {
    const api = mockPlatformProductApi({
      getSurveyPrompt: jest.fn().mockResolvedValue(prompt),
    });
    await renderWithApi(
      <SurveyPrompt platformRef="system:default/deploy-platform" />,
      { entity: platformEntity, api },
    );
    expect(
      await screen.findByText(
        'How likely are you to recommend Deployment Platform to a colleague?',
      ),
    ).toBeInTheDocument();
    expect(api.getSurveyPrompt).toHaveBeenCalledWith({
      platformRef: 'system:default/deploy-platform',
    });
    const submit = screen.getByRole('button', { name: 'Submit' });
    expect(submit).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: '9' }));
    await userEvent.type(
      screen.getByLabelText('What is the biggest pain point?'),
      '<b>slow</b> rollbacks',
    );
    await userEvent.click(screen.getByLabelText(/Sign my answer/));
    await userEvent.click(submit);
    expect(api.answerSurvey).toHaveBeenCalledWith({
      entityRef: 'system:default/deploy-platform',
      roundId: 'round-1',
      answer: { score: 9, comment: '<b>slow</b> rollbacks', signed: true },
    });
    expect(
      await screen.findByText(
        'Thank you — your answer about Deployment Platform was recorded.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByText(/How likely are you to recommend/),
    ).not.toBeInTheDocument();
  });

  it('snoozes for a week with "Not now" and dismisses with "Dismiss"', async () => {
    const api = mockPlatformProductApi({
      getSurveyPrompt: jest.fn().mockResolvedValue(prompt),
    });
    await renderWithApi(<SurveyPrompt />, { entity: platformEntity, api });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Not now' }),
    );
    expect(api.snoozeSurveyPrompt).toHaveBeenCalledWith({
      roundId: 'round-1',
      days: 7,
    });
    await waitFor(() =>
      expect(
        screen.queryByText(/How likely are you to recommend/),
      ).not.toBeInTheDocument(),
    );
  });

  it('keeps the question and says what went wrong when the answer is refused', async () => {
    const api = mockPlatformProductApi({
      getSurveyPrompt: jest.fn().mockResolvedValue(prompt),
      answerSurvey: jest
        .fn()
        .mockRejectedValue(
          await responseError(
            409,
            'Conflict',
            "round 'Q4 2026' closed on 2026-11-25T11:00:00.000Z; answers are no longer taken",
          ),
        ),
    });
    await renderWithApi(<SurveyPrompt />, { entity: platformEntity, api });
    await userEvent.click(await screen.findByRole('button', { name: '3' }));
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(api.dismissSurveyPrompt).toHaveBeenCalledWith({
      roundId: 'round-1',
    });
  });
});
