import type { FeedbackEvidenceSummary, FeedbackSource } from './feedbackModel';

/**
 * What one piece of feedback contributes to a summary: where it came from and the segments of the
 * person, never the person.
 *
 * @public
 */
export interface EvidenceSegments {
  source: FeedbackSource;
  personaRefs: readonly string[];
  orgRefs: readonly string[];
}

/**
 * How much feedback backs an item and from which personas and orgs: a piece counts once for each
 * persona and org it came from, so the persona counts may add up to more (or less) than `count`.
 *
 * @public
 */
export function summarizeEvidence(
  pieces: readonly EvidenceSegments[],
): FeedbackEvidenceSummary {
  const bySource: Partial<Record<FeedbackSource, number>> = {};
  const personas = new Map<string, number>();
  const orgs = new Map<string, number>();
  for (const piece of pieces) {
    bySource[piece.source] = (bySource[piece.source] ?? 0) + 1;
    for (const ref of new Set(piece.personaRefs)) {
      personas.set(ref, (personas.get(ref) ?? 0) + 1);
    }
    for (const ref of new Set(piece.orgRefs)) {
      orgs.set(ref, (orgs.get(ref) ?? 0) + 1);
    }
  }
  return {
    count: pieces.length,
    bySource,
    personas: ranked(personas),
    orgs: ranked(orgs),
  };
}

/**
 * A summary of no feedback.
 *
 * @public
 */
export const NO_EVIDENCE: FeedbackEvidenceSummary = Object.freeze({
  count: 0,
  bySource: {},
  personas: [],
  orgs: [],
}) as FeedbackEvidenceSummary;

function ranked(counts: Map<string, number>) {
  return [...counts]
    .map(([ref, count]) => ({ ref, count }))
    .sort((a, b) => b.count - a.count || a.ref.localeCompare(b.ref));
}
