import { DatabaseService } from '@backstage/backend-plugin-api';
import { FeedbackSource } from '@platform-product/backstage-plugin-platform-product-common';
import { Knex } from 'knex';
import { chunks, connectDatabase } from '../../core/database';

/**
 * A piece of feedback linked to a roadmap item, as stored; times in milliseconds since the epoch.
 * A survey comment keeps only its `commentId` (its words and segments are read from the answer);
 * a recorded note keeps its text, segments and, if the owner named them, the person.
 *
 * @internal
 */
export interface FeedbackEvidenceRecord {
  id: string;
  itemId: string;
  platformRef: string;
  source: FeedbackSource;
  commentId: string | null;
  text: string | null;
  personaRefs: string[];
  orgRefs: string[];
  personRef: string | null;
  linkedBy: string;
  linkedAt: number;
}

type Row = Record<string, any>;

const toEvidence = (row: Row): FeedbackEvidenceRecord => ({
  id: row.id,
  itemId: row.item_id,
  platformRef: row.platform_ref,
  source: row.source,
  commentId: row.comment_id ?? null,
  text: row.text ?? null,
  personaRefs: JSON.parse(row.persona_refs),
  orgRefs: JSON.parse(row.org_refs),
  personRef: row.person_ref ?? null,
  linkedBy: row.linked_by,
  linkedAt: Number(row.linked_at),
});

/**
 * The feedback tables: the evidence linked to roadmap items, and who was told that an item they
 * backed shipped. Connects through `connectDatabase`, which runs the plugin's migrations once.
 *
 * @internal
 */
export class FeedbackStore {
  private constructor(private readonly db: Knex) {}

  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
  }): Promise<FeedbackStore> {
    const { database, skipMigrations } = options;
    return new FeedbackStore(
      await connectDatabase(database, { skipMigrations }),
    );
  }

  /**
   * Stores the evidence. Returns false, storing nothing, when the survey comment is already linked
   * to the item (the unique key decides, so two owners linking it at once leave one row).
   */
  async insert(evidence: FeedbackEvidenceRecord): Promise<boolean> {
    await this.db('feedback_evidence')
      .insert({
        id: evidence.id,
        item_id: evidence.itemId,
        platform_ref: evidence.platformRef,
        source: evidence.source,
        comment_id: evidence.commentId,
        text: evidence.text,
        persona_refs: JSON.stringify(evidence.personaRefs),
        org_refs: JSON.stringify(evidence.orgRefs),
        person_ref: evidence.personRef,
        linked_by: evidence.linkedBy,
        linked_at: evidence.linkedAt,
      })
      .onConflict(['item_id', 'comment_id'])
      .ignore();
    const stored = await this.db('feedback_evidence')
      .where({ id: evidence.id })
      .first('id');
    return stored !== undefined;
  }

  /** The evidence of these items, oldest link first. */
  async listForItems(
    itemIds: readonly string[],
  ): Promise<FeedbackEvidenceRecord[]> {
    const rows: Row[] = [];
    for (const batch of chunks([...new Set(itemIds)])) {
      rows.push(
        ...(await this.db('feedback_evidence').whereIn('item_id', batch)),
      );
    }
    return rows
      .map(toEvidence)
      .sort((a, b) => a.linkedAt - b.linkedAt || a.id.localeCompare(b.id));
  }

  /** Removes one piece of evidence of the item; false when there was none. */
  async remove(itemId: string, id: string): Promise<boolean> {
    const removed = await this.db('feedback_evidence')
      .where({ item_id: itemId, id })
      .delete();
    return removed > 0;
  }

  /**
   * Records that these people are told about the item, and returns those not told before: each
   * person is claimed once per item, whichever replica or status change comes first.
   */
  async claimNotifications(
    itemId: string,
    userRefs: readonly string[],
    at: number,
  ): Promise<string[]> {
    const claimed: string[] = [];
    for (const userRef of new Set(userRefs)) {
      const inserted = await this.db('feedback_notifications')
        .insert({ item_id: itemId, user_ref: userRef, notified_at: at })
        .onConflict(['item_id', 'user_ref'])
        .ignore()
        .returning('user_ref');
      if (inserted.length > 0) {
        claimed.push(userRef);
      }
    }
    return claimed;
  }

  /** Gives back claims whose notification could not be sent, so the next ship tells them. */
  async releaseNotifications(
    itemId: string,
    userRefs: readonly string[],
  ): Promise<void> {
    for (const batch of chunks([...userRefs])) {
      await this.db('feedback_notifications')
        .where({ item_id: itemId })
        .whereIn('user_ref', batch)
        .delete();
    }
  }
}
