import { SurveyPrompt } from '@platform-product/backstage-plugin-platform-product-common';
import {
  platformTitle,
  ResolvedPlatform,
} from '../../core/catalog/PlatformCatalog';
import { SurveyPromptStateRecord, SurveyRoundRecord } from './SurveyStore';
import { iso } from './surveyRounds';

/**
 * The open rounds that take answers now, of one platform when `platformRef` is given.
 *
 * @internal
 */
export function roundsTakingAnswers(
  open: readonly SurveyRoundRecord[],
  now: number,
  platformRef?: string,
): SurveyRoundRecord[] {
  return open.filter(
    round =>
      round.startsAt <= now &&
      now < round.endsAt &&
      (!platformRef || round.platformRef === platformRef),
  );
}

/**
 * The rounds a user may still be asked about: not answered, not dismissed, not snoozed until later.
 *
 * @internal
 */
export function roundsWaitingForUser(options: {
  rounds: readonly SurveyRoundRecord[];
  states: ReadonlyMap<string, SurveyPromptStateRecord>;
  answered: ReadonlySet<string>;
  now: number;
}): SurveyRoundRecord[] {
  const { rounds, states, answered, now } = options;
  return rounds.filter(round => {
    const state = states.get(round.id);
    return (
      !answered.has(round.id) &&
      !state?.dismissedAt &&
      !(state?.snoozedUntil && state.snoozedUntil > now)
    );
  });
}

/**
 * The one round to prompt for among those of adopted platforms: the one already shown, else,
 * unless the user was shown a prompt within the interval, the one that ends first.
 *
 * @internal
 */
export function choosePromptedRound<
  T extends { round: SurveyRoundRecord },
>(options: {
  candidates: readonly T[];
  states: ReadonlyMap<string, SurveyPromptStateRecord>;
  now: number;
  intervalMs: number;
}): T | undefined {
  const { candidates, states, now, intervalMs } = options;
  const shownBefore = candidates.find(
    ({ round }) => states.get(round.id)?.promptedAt,
  );
  if (shownBefore) {
    return shownBefore;
  }
  const promptedRecently = [...states.values()].some(
    state => state.promptedAt !== null && state.promptedAt > now - intervalMs,
  );
  return promptedRecently
    ? undefined
    : [...candidates].sort((a, b) => a.round.endsAt - b.round.endsAt)[0];
}

/**
 * The prompt the API answers for a round of a platform.
 *
 * @internal
 */
export function toPrompt(
  round: SurveyRoundRecord,
  platform: ResolvedPlatform,
): SurveyPrompt {
  return {
    roundId: round.id,
    platformRef: platform.ref,
    platformTitle: platformTitle(platform),
    title: round.title,
    question: round.question,
    endsAt: iso(round.endsAt),
  };
}
