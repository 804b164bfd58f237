import { randomUUID } from 'node:crypto';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  describeValue,
  FeedbackEvidenceInput,
  feedbackEvidenceInputProblems,
  FeedbackEvidenceSummary,
  normalizePersonaRef,
  RecordedFeedbackSource,
  RoadmapItemEvidence,
  summarizeEvidence,
} from '@platform-product/backstage-plugin-platform-product-common';
import { EntityPermissions } from '../../core/catalog/EntityPermissions';
import { ResolvedPlatform } from '../../core/catalog/PlatformCatalog';
import { PlatformGraphProvider } from '../../core/catalog/PlatformGraphProvider';
import { actorOf } from '../../core/http/actorOf';
import { throwIfInvalid } from '../../core/http/throwIfInvalid';
import {
  RoadmapEvidenceSource,
  RoadmapItemLookup,
  ShippedItem,
  SurveyCommentSource,
} from '../../ports';
import { FeedbackNotifier } from './FeedbackNotifier';
import { FeedbackEvidenceRecord, FeedbackStore } from './FeedbackStore';
import {
  backerOf,
  EvidencePiece,
  evidencePieces,
  segmentsOf,
  toEvidenceItem,
} from './evidencePieces';

const COMMENTS_ROUTE =
  'GET /platforms/{kind}/{namespace}/{name}/surveys/rounds/{roundId}/comments';

/**
 * The feedback that backs roadmap items: owners link survey comments and record notes from other
 * conversations as an item's evidence; everyone who can see the platform reads how much feedback
 * backs an item and from which personas and orgs; only those who may read the platform's feedback
 * read the words, and the respondent of a comment only when they signed it. When an item ships,
 * its backers are told (see {@link FeedbackNotifier}).
 *
 * @internal
 */
export class FeedbackEvidenceService implements RoadmapEvidenceSource {
  constructor(
    private readonly options: {
      store: FeedbackStore;
      comments: SurveyCommentSource;
      items: RoadmapItemLookup;
      graphs: PlatformGraphProvider;
      entityPermissions: EntityPermissions;
      notifier: FeedbackNotifier;
      now: () => Date;
    },
  ) {}

  /** The item's evidence: the summary, and the pieces when the caller may read feedback. */
  async getEvidence(
    platform: ResolvedPlatform,
    itemId: string,
    credentials: BackstageCredentials,
  ): Promise<RoadmapItemEvidence> {
    await this.requireItem(platform.ref, itemId);
    const pieces = await this.piecesOf([itemId]);
    const readable = await this.options.comments.canReadFeedback(
      platform.ref,
      credentials,
    );
    return {
      platformRef: platform.ref,
      itemId,
      summary: summarizeEvidence(pieces.map(segmentsOf)),
      items: readable ? pieces.map(toEvidenceItem) : null,
    };
  }

  /**
   * Backs the item with a survey comment of the platform or a recorded note (owners only, and for
   * a comment only those who may read the platform's feedback). Returns the item's evidence.
   *
   * @throws InputError for malformed input or refs the catalog does not know, NotFoundError for an
   *   unknown item or comment, ConflictError when the comment already backs the item
   */
  async addEvidence(
    platform: ResolvedPlatform,
    itemId: string,
    input: FeedbackEvidenceInput,
    credentials: BackstageCredentials,
  ): Promise<RoadmapItemEvidence> {
    await this.authorizeLink(platform, credentials);
    throwIfInvalid(feedbackEvidenceInputProblems(input));
    const item = await this.requireItem(platform.ref, itemId);
    const base = {
      id: randomUUID(),
      itemId,
      platformRef: platform.ref,
      linkedBy: actorOf(credentials),
      linkedAt: this.options.now().getTime(),
    };
    let record: FeedbackEvidenceRecord;
    if ('commentId' in input) {
      await this.options.comments.authorizeFeedback(
        platform.ref,
        credentials,
        'link survey comments to roadmap items',
      );
      await this.requireComment(platform.ref, input.commentId);
      record = {
        ...base,
        source: 'survey',
        commentId: input.commentId,
        text: null,
        personaRefs: [],
        orgRefs: [],
        personRef: null,
      };
    } else {
      record = {
        ...base,
        source: input.source as RecordedFeedbackSource,
        commentId: null,
        text: input.text.trim(),
        ...(await this.recordedRefs(input)),
      };
    }
    if (!(await this.options.store.insert(record))) {
      throw new ConflictError(
        `This survey comment already backs "${item.title}"; each comment counts once per item`,
      );
    }
    return this.getEvidence(platform, itemId, credentials);
  }

  /** Removes a piece of evidence from the item (owners only). */
  async removeEvidence(
    platform: ResolvedPlatform,
    itemId: string,
    evidenceId: string,
    credentials: BackstageCredentials,
  ): Promise<void> {
    await this.authorizeLink(platform, credentials);
    await this.requireItem(platform.ref, itemId);
    if (!(await this.options.store.remove(itemId, evidenceId))) {
      throw new NotFoundError(
        `Roadmap item '${itemId}' of ${platform.ref} has no evidence '${evidenceId}'; it may have been removed — reload the item`,
      );
    }
  }

  async summariesOf(
    itemIds: readonly string[],
  ): Promise<Map<string, FeedbackEvidenceSummary>> {
    const byItem = new Map<string, EvidencePiece[]>();
    for (const piece of await this.piecesOf(itemIds)) {
      const pieces = byItem.get(piece.record.itemId) ?? [];
      pieces.push(piece);
      byItem.set(piece.record.itemId, pieces);
    }
    return new Map(
      [...byItem].map(([itemId, pieces]) => [
        itemId,
        summarizeEvidence(pieces.map(segmentsOf)),
      ]),
    );
  }

  async itemShipped(item: ShippedItem, platformTitle: string): Promise<void> {
    const backers = (await this.piecesOf([item.id]))
      .map(backerOf)
      .filter((ref): ref is string => ref !== null);
    await this.options.notifier.itemShipped(item, platformTitle, backers);
  }

  private async piecesOf(itemIds: readonly string[]): Promise<EvidencePiece[]> {
    if (itemIds.length === 0) return [];
    const records = await this.options.store.listForItems(itemIds);
    const commentIds = records
      .map(record => record.commentId)
      .filter((id): id is string => id !== null);
    const comments =
      commentIds.length > 0
        ? await this.options.comments.commentsByIds(commentIds)
        : [];
    return evidencePieces(records, comments);
  }

  private async authorizeLink(
    platform: ResolvedPlatform,
    credentials: BackstageCredentials,
  ): Promise<void> {
    await this.options.entityPermissions.authorizeManage(
      platform.ref,
      credentials,
      'back its roadmap items with feedback',
    );
  }

  private async requireItem(platformRef: string, itemId: string) {
    const item = await this.options.items.find(platformRef, itemId);
    if (!item) {
      throw new NotFoundError(
        `${platformRef} has no roadmap item '${itemId}'; it may have been removed — reload the board`,
      );
    }
    return item;
  }

  private async requireComment(platformRef: string, commentId: string) {
    const [comment] = await this.options.comments.commentsByIds([commentId]);
    if (!comment || comment.platformRef !== platformRef) {
      throw new NotFoundError(
        `${platformRef} has no survey comment '${commentId}'; take the commentId from ${COMMENTS_ROUTE}`,
      );
    }
    if (comment.comment === null) {
      throw new InputError(
        `The answer '${commentId}' has no comment to back an item with; link an answer that says something, or record the feedback as a note`,
      );
    }
    return comment;
  }

  /** The recorded note's personas, orgs and person, checked against the catalog. */
  private async recordedRefs(
    input: Extract<FeedbackEvidenceInput, { text: string }>,
  ): Promise<
    Pick<FeedbackEvidenceRecord, 'personaRefs' | 'orgRefs' | 'personRef'>
  > {
    const graph = await this.options.graphs.get();
    const ofKind = (ref: string, kind: string) =>
      graph.entity(ref)?.kind.toLowerCase() === kind.toLowerCase();
    const personaRefs = [
      ...new Set((input.personaRefs ?? []).map(normalizePersonaRef)),
    ];
    const orgRefs = [
      ...new Set((input.orgRefs ?? []).map(ref => ref.trim().toLowerCase())),
    ];
    const personRef = input.personRef?.trim().toLowerCase() || null;
    const problems: string[] = [];
    const unknownPersonas = personaRefs.filter(ref => !ofKind(ref, 'Persona'));
    if (unknownPersonas.length > 0) {
      problems.push(
        `personaRefs ${unknownPersonas
          .map(ref => describeValue(ref))
          .join(
            ', ',
          )} must be Personas in the catalog, such as persona:default/feature-engineer`,
      );
    }
    const unknownOrgs = orgRefs.filter(ref => !ofKind(ref, 'Group'));
    if (unknownOrgs.length > 0) {
      problems.push(
        `orgRefs ${unknownOrgs
          .map(ref => describeValue(ref))
          .join(
            ', ',
          )} must be Groups in the catalog, such as group:default/payments-org`,
      );
    }
    if (personRef !== null && !ofKind(personRef, 'User')) {
      problems.push(
        `personRef ${describeValue(
          personRef,
        )} is not a User in the catalog; name a user such as user:default/jane-doe, or leave it out`,
      );
    }
    throwIfInvalid(problems);
    return { personaRefs, orgRefs, personRef };
  }
}
