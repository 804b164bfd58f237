import { NotFoundError } from '@backstage/errors';
import { NotificationPayload } from '@backstage/plugin-notifications-common';
import {
  platformTabPath,
  SurveyComment,
  SurveyRound,
  SurveyRoundResult,
  surveyHeadline,
} from '@platform-product/backstage-plugin-platform-product-common';
import {
  platformTitle,
  ResolvedPlatform,
} from '../../core/catalog/PlatformCatalog';
import {
  SurveyResponseRecord,
  SurveyRoundRecord,
  SurveyStore,
} from './SurveyStore';

/**
 * A stored time (milliseconds since the epoch) as the API writes it.
 *
 * @internal
 */
export const iso = (ms: number) => new Date(ms).toISOString();

/**
 * A stored round as the API answers it.
 *
 * @internal
 */
export function toApiRound(round: SurveyRoundRecord): SurveyRound {
  return {
    id: round.id,
    platformRef: round.platformRef,
    title: round.title,
    question: round.question,
    startsAt: iso(round.startsAt),
    endsAt: iso(round.endsAt),
    closedAt: round.closedAt === null ? null : iso(round.closedAt),
    createdBy: round.createdBy,
    createdAt: iso(round.createdAt),
    origin: round.origin,
  };
}

/**
 * A stored answer's comment as the owners read it: the person only if they signed it.
 *
 * @internal
 */
export function toComment(response: SurveyResponseRecord): SurveyComment {
  return {
    commentId: response.commentId,
    score: response.score,
    comment: response.comment!,
    teamRefs: response.teamRefs,
    personaRefs: response.personaRefs,
    signedBy: response.signed ? response.userRef : null,
    answeredAt: iso(response.updatedAt),
  };
}

/**
 * The round with this id of this platform.
 *
 * @throws NotFoundError when there is none, saying where the platform's rounds are listed
 * @internal
 */
export async function getPlatformRound(
  store: SurveyStore,
  platformRef: string,
  roundId: string,
): Promise<SurveyRoundRecord> {
  const round = await store.getRound(roundId);
  if (!round || round.platformRef !== platformRef) {
    throw new NotFoundError(
      `${platformRef} has no survey round ${roundId}; list its rounds with GET /platforms/{kind}/{namespace}/{name}/surveys/results`,
    );
  }
  return round;
}

/**
 * The round with this id, of any platform.
 *
 * @throws NotFoundError when there is none
 * @internal
 */
export async function getAnyRound(
  store: SurveyStore,
  roundId: string,
): Promise<SurveyRoundRecord> {
  const round = await store.getRound(roundId);
  if (!round) {
    throw new NotFoundError(`There is no survey round ${roundId}`);
  }
  return round;
}

/**
 * What the owners of a platform are told when one of its rounds closes: the headline result, and
 * how many people of the adopting teams answered.
 *
 * @internal
 */
export function roundClosedPayload(
  round: SurveyRoundRecord,
  platform: Pick<ResolvedPlatform, 'ref' | 'entity'>,
  result: SurveyRoundResult,
): NotificationPayload {
  return {
    title: surveyHeadline({ title: round.title, ...result }),
    description: `${platformTitle(platform)}: ${result.n} of ${
      result.responseRate.people
    } people in adopting teams answered${
      result.tooFewToRead ? '; too few answers to read (n < 10)' : ''
    }.`,
    link: platformTabPath(platform.ref, 'voice'),
    severity: 'normal',
    topic: 'platform-product:survey-round-closed',
  };
}
