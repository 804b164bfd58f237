import {
  EvidenceSegments,
  FeedbackEvidenceItem,
} from '@platform-product/backstage-plugin-platform-product-common';
import { LinkableSurveyComment } from '../../ports';
import { FeedbackEvidenceRecord } from './FeedbackStore';

/** A stored piece of evidence with the survey answer it links, when it links one. */
export interface EvidencePiece {
  record: FeedbackEvidenceRecord;
  /** The answer of a survey comment; undefined when the round has been removed since. */
  comment?: LinkableSurveyComment;
}

/** Pairs each record with its survey answer (by comment id). */
export function evidencePieces(
  records: readonly FeedbackEvidenceRecord[],
  comments: readonly LinkableSurveyComment[],
): EvidencePiece[] {
  const byId = new Map(comments.map(comment => [comment.commentId, comment]));
  return records.map(record => ({
    record,
    comment: record.commentId ? byId.get(record.commentId) : undefined,
  }));
}

/** The segments a piece counts for: the answer's for a survey comment, else the recorded ones. */
export function segmentsOf(piece: EvidencePiece): EvidenceSegments {
  const { record, comment } = piece;
  return {
    source: record.source,
    personaRefs: comment?.personaRefs ?? record.personaRefs,
    orgRefs: comment?.orgRefs ?? record.orgRefs,
  };
}

/**
 * Who should hear that the item shipped: the respondent of a survey comment (signed or not), or
 * the person an owner named with a note.
 */
export function backerOf(piece: EvidencePiece): string | null {
  return piece.comment?.userRef ?? piece.record.personRef;
}

/**
 * A piece as the platform's owners see it: the respondent of a survey comment only when they
 * signed their answer.
 */
export function toEvidenceItem(piece: EvidencePiece): FeedbackEvidenceItem {
  const { record, comment } = piece;
  const segments = segmentsOf(piece);
  return {
    id: record.id,
    source: record.source,
    text: comment ? comment.comment : record.text,
    score: comment?.score ?? null,
    roundTitle: comment?.roundTitle ?? null,
    personaRefs: [...segments.personaRefs],
    orgRefs: [...segments.orgRefs],
    from: comment ? signerOf(comment) : record.personRef,
    linkedBy: record.linkedBy,
    linkedAt: new Date(record.linkedAt).toISOString(),
  };
}

/** The respondent when they signed their answer, else nobody. */
function signerOf(comment: LinkableSurveyComment): string | null {
  return comment.signed ? comment.userRef : null;
}
