import { ConflictError } from '@backstage/errors';
import { CallerContext } from '../../core/http';
import { SurveyService } from '../surveys';
import { entityRefField, entityRefOf } from './actionInput';
import { ActionsRegistryService } from './actionsRegistry';

/**
 * Answering a platform's NPS survey round for the signed-in user, by the same rules as the REST
 * route: a signed-in user who can see the platform, an open round of it, one answer per person and
 * round (a second replaces the first).
 *
 * @internal
 */
export function registerSurveyActions(
  registry: ActionsRegistryService,
  options: { caller: CallerContext; surveys: SurveyService },
): void {
  const { caller, surveys } = options;

  registry.register({
    name: 'answer-survey',
    title: "Answer a platform's survey",
    description: `Records the signed-in user's answer to a platform product's open NPS survey round: a score from 0 to 10 for "how likely are you to recommend this platform to a colleague?", optionally the biggest pain point as text, and whether the platform's owners may see the user's name next to it. One answer counts per person and round; answering again replaces the earlier answer. Without roundId, the platform's open round is answered.
Results are never shown to a respondent through this action. Same as POST /api/platform-product/platforms/{kind}/{namespace}/{name}/surveys/rounds/{roundId}/responses.`,
    attributes: { readOnly: false, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          platformRef: entityRefField(z, 'The platform product surveyed.'),
          roundId: z
            .string()
            .optional()
            .describe(
              "The round to answer; default: the platform's round open now",
            ),
          score: z
            .number()
            .describe(
              'How likely the user is to recommend the platform: a whole number from 0 (not at all) to 10 (extremely)',
            ),
          comment: z
            .string()
            .optional()
            .describe(
              'Optional: the biggest pain point, in the user’s words, at most 2000 characters',
            ),
          signed: z
            .boolean()
            .optional()
            .describe(
              "Show the user's name to the owners with the comment (default false: anonymous)",
            ),
        }),
      output: z =>
        z.object({
          platformRef: z.string(),
          roundId: z.string(),
          answered: z.literal(true),
        }),
    },
    action: async ({ input, credentials }) => {
      const user = caller.requireUser(credentials);
      const platform = await caller.platformFor(
        entityRefOf(input.platformRef, 'platformRef'),
        user,
      );
      const roundId = input.roundId ?? (await openRoundOf(platform.ref));
      await surveys.answers.answer(
        platform,
        roundId,
        { score: input.score, comment: input.comment, signed: input.signed },
        user,
      );
      return {
        output: { platformRef: platform.ref, roundId, answered: true as const },
      };
    },
  });

  async function openRoundOf(platformRef: string): Promise<string> {
    const open = (await surveys.openRounds()).find(
      round => round.platformRef === platformRef,
    );
    if (!open) {
      throw new ConflictError(
        `No survey round of ${platformRef} is open now; answers are taken only while a round is open`,
      );
    }
    return open.roundId;
  }
}
