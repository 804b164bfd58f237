import { LoggerService } from '@backstage/backend-plugin-api';
import {
  NO_EVIDENCE,
  RoadmapItem,
} from '@platform-product/backstage-plugin-platform-product-common';
import { KeyResultLookup, RoadmapEvidenceSource } from '../../ports';
import { RoadmapItemRecord } from './RoadmapStore';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The API form of stored items: ISO times, the linked key result (looked up once per key result),
 * the outcome review of shipped items, with how the key result moved since shipping when
 * `movement` is asked for, and the summary of the feedback that backs each item (read once for all).
 *
 * @internal
 */
export async function toApiItems(
  records: readonly RoadmapItemRecord[],
  options: {
    keyResults: KeyResultLookup;
    evidence: Pick<RoadmapEvidenceSource, 'summariesOf'>;
    logger: LoggerService;
    now: number;
    movement: boolean;
  },
): Promise<RoadmapItem[]> {
  const { keyResults, logger, now } = options;
  const evidence = await options.evidence
    .summariesOf(records.map(record => record.id))
    .catch(error => {
      logger.warn(
        `Could not read the feedback backing roadmap items: ${error}`,
      );
      return new Map();
    });
  const found = new Map<string, Promise<RoadmapItem['keyResult']>>();
  const link = (platformRef: string, id: string) => {
    const key = `${platformRef} ${id}`;
    if (!found.has(key)) {
      found.set(
        key,
        keyResults.find(platformRef, id).then(
          result =>
            result
              ? {
                  id,
                  found: true,
                  objectiveId: result.objectiveId,
                  title: result.title,
                }
              : { id, found: false },
          error => {
            logger.warn(
              `Could not look up key result ${id} of ${platformRef}: ${error}`,
            );
            return { id, found: false };
          },
        ),
      );
    }
    return found.get(key)!;
  };
  return Promise.all(
    records.map(async record => {
      const keyResult = record.keyResultId
        ? await link(record.platformRef, record.keyResultId)
        : null;
      const movement =
        options.movement &&
        keyResult?.found &&
        record.status === 'shipped' &&
        record.shippedAt !== null
          ? await keyResults
              .movementSince(
                record.platformRef,
                keyResult.id,
                new Date(record.shippedAt),
              )
              .catch(() => null)
          : null;
      return {
        id: record.id,
        platformRef: record.platformRef,
        horizon: record.horizon,
        rank: record.rank,
        title: record.title,
        problem: record.problem,
        hypothesis: record.hypothesis,
        confidence: record.confidence,
        status: record.status,
        personas: record.personas,
        category: record.category,
        keyResultId: record.keyResultId,
        source: record.source,
        fileId: record.fileId,
        version: record.version,
        createdBy: record.createdBy,
        createdAt: iso(record.createdAt),
        updatedBy: record.updatedBy,
        updatedAt: iso(record.updatedAt),
        shippedAt: record.shippedAt === null ? null : iso(record.shippedAt),
        keyResult,
        review:
          record.status === 'shipped' && record.reviewDueAt !== null
            ? {
                dueAt: iso(record.reviewDueAt),
                overdue: record.outcome === null && record.reviewDueAt <= now,
                outcome: record.outcome,
                notes: record.outcomeNotes,
                reviewedBy: record.reviewedBy,
                reviewedAt:
                  record.reviewedAt === null ? null : iso(record.reviewedAt),
                movement,
              }
            : null,
        evidence: evidence.get(record.id) ?? NO_EVIDENCE,
      };
    }),
  );
}
