import { FeedbackEvidenceInput } from '@platform-product/backstage-plugin-platform-product-common';
import { ApiRouter, RequestContext } from '../../core/http';
import { FeedbackEvidenceService } from './FeedbackEvidenceService';

/**
 * The routes of the feedback that backs roadmap items: everyone who can see a platform reads an
 * item's evidence summary (the words only those who may read its feedback); its owners, signed in,
 * link survey comments, record notes and remove either.
 *
 * @internal
 */
export function registerFeedbackRoutes(
  router: ApiRouter,
  options: { http: RequestContext; feedbackEvidence: FeedbackEvidenceService },
): void {
  const { http, feedbackEvidence } = options;

  router.get(
    '/platforms/:kind/:namespace/:name/roadmap/items/:itemId/evidence',
    async (req, res) => {
      const { platform, credentials } = await http.platformOf(req);
      res.json(
        await feedbackEvidence.getEvidence(
          platform,
          req.params.itemId,
          credentials,
        ),
      );
    },
  );

  router.post(
    '/platforms/:kind/:namespace/:name/roadmap/items/:itemId/evidence',
    async (req, res) => {
      const { platform, credentials } = await http.platformOf(req, {
        users: true,
      });
      res
        .status(201)
        .json(
          await feedbackEvidence.addEvidence(
            platform,
            req.params.itemId,
            req.body as FeedbackEvidenceInput,
            credentials,
          ),
        );
    },
  );

  router.delete(
    '/platforms/:kind/:namespace/:name/roadmap/items/:itemId/evidence/:evidenceId',
    async (req, res) => {
      const { platform, credentials } = await http.platformOf(req, {
        users: true,
      });
      await feedbackEvidence.removeEvidence(
        platform,
        req.params.itemId,
        req.params.evidenceId,
        credentials,
      );
      res.status(204).end();
    },
  );
}
