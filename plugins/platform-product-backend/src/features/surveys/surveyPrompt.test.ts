import {
  choosePromptedRound,
  roundsTakingAnswers,
  roundsWaitingForUser,
} from './surveyPrompt';
import { SurveyPromptStateRecord, SurveyRoundRecord } from './SurveyStore';

const DAY = 24 * 3600_000;
const NOW = Date.parse('2026-11-25T10:00:00Z');

const round = (
  id: string,
  over: Partial<SurveyRoundRecord> = {},
): SurveyRoundRecord => ({
  id,
  platformRef: 'system:default/p',
  title: id,
  question: null,
  startsAt: NOW - DAY,
  endsAt: NOW + 10 * DAY,
  closedAt: null,
  createdBy: 'user:default/owner',
  createdAt: NOW - DAY,
  origin: 'manual',
  periodKey: null,
  ...over,
});

const state = (
  roundId: string,
  over: Partial<SurveyPromptStateRecord>,
): [string, SurveyPromptStateRecord] => [
  roundId,
  {
    roundId,
    promptedAt: null,
    dismissedAt: null,
    snoozedUntil: null,
    ...over,
  },
];

describe('the survey prompt', () => {
  it('asks only about rounds that take answers now, of the platform asked for', () => {
    const rounds = [
      round('now'),
      round('later', { startsAt: NOW + DAY }),
      round('ended', { endsAt: NOW }),
      round('other', { platformRef: 'system:default/q' }),
    ];
    expect(roundsTakingAnswers(rounds, NOW).map(r => r.id)).toEqual([
      'now',
      'other',
    ]);
    expect(
      roundsTakingAnswers(rounds, NOW, 'system:default/q').map(r => r.id),
    ).toEqual(['other']);
  });

  it('leaves out rounds answered, dismissed or snoozed until later', () => {
    const waiting = roundsWaitingForUser({
      rounds: ['a', 'b', 'c', 'd', 'e'].map(id => round(id)),
      states: new Map([
        state('b', { dismissedAt: NOW - DAY }),
        state('c', { snoozedUntil: NOW + DAY }),
        state('d', { snoozedUntil: NOW - 1 }),
      ]),
      answered: new Set(['a']),
      now: NOW,
    });
    expect(waiting.map(r => r.id)).toEqual(['d', 'e']);
  });

  it('keeps showing the round shown before, else the one ending first, at most once per interval', () => {
    const candidates = [
      { round: round('late', { endsAt: NOW + 9 * DAY }) },
      { round: round('soon', { endsAt: NOW + 2 * DAY }) },
    ];
    const choose = (states: Map<string, SurveyPromptStateRecord>) =>
      choosePromptedRound({
        candidates,
        states,
        now: NOW,
        intervalMs: 14 * DAY,
      })?.round.id;
    expect(choose(new Map())).toBe('soon');
    expect(choose(new Map([state('late', { promptedAt: NOW - DAY })]))).toBe(
      'late',
    );
    expect(
      choose(new Map([state('elsewhere', { promptedAt: NOW - DAY })])),
    ).toBeUndefined();
    expect(
      choose(new Map([state('elsewhere', { promptedAt: NOW - 15 * DAY })])),
    ).toBe('soon');
  });
});
