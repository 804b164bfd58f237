import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { chunks, connectDatabase, SharedRead } from '../../core/database';

/**
 * A survey round as stored; times in milliseconds since the epoch.
 *
 * @internal
 */
export interface SurveyRoundRecord {
  id: string;
  platformRef: string;
  title: string;
  question: string | null;
  startsAt: number;
  endsAt: number;
  closedAt: number | null;
  createdBy: string;
  createdAt: number;
  origin: 'manual' | 'cadence';
  periodKey: string | null;
}

/**
 * One user's answer to a round as stored.
 *
 * @internal
 */
export interface SurveyResponseRecord {
  roundId: string;
  userRef: string;
  /** Names the answer without naming the respondent; set on the first answer and kept. */
  commentId: string;
  score: number;
  comment: string | null;
  signed: boolean;
  teamRefs: string[];
  personaRefs: string[];
  orgRefs: string[];
  answeredAt: number;
  updatedAt: number;
}

/**
 * A user's prompt state for one round.
 *
 * @internal
 */
export interface SurveyPromptStateRecord {
  roundId: string;
  promptedAt: number | null;
  dismissedAt: number | null;
  snoozedUntil: number | null;
}

type Row = Record<string, any>;

const toRound = (row: Row): SurveyRoundRecord => ({
  id: row.id,
  platformRef: row.platform_ref,
  title: row.title,
  question: row.question ?? null,
  startsAt: Number(row.starts_at),
  endsAt: Number(row.ends_at),
  closedAt: row.closed_at === null ? null : Number(row.closed_at),
  createdBy: row.created_by,
  createdAt: Number(row.created_at),
  origin: row.origin,
  periodKey: row.period_key ?? null,
});

const toResponse = (row: Row): SurveyResponseRecord => ({
  roundId: row.round_id,
  userRef: row.user_ref,
  commentId: row.comment_id,
  score: Number(row.score),
  comment: row.comment ?? null,
  signed: Boolean(row.signed),
  teamRefs: JSON.parse(row.team_refs),
  personaRefs: JSON.parse(row.persona_refs),
  orgRefs: JSON.parse(row.org_refs),
  answeredAt: Number(row.answered_at),
  updatedAt: Number(row.updated_at),
});

/**
 * The survey tables: rounds, responses (one per user and round) and prompt state. Connects through
 * `connectDatabase`, which runs the plugin's migrations once unless they are skipped.
 *
 * @internal
 */
export class SurveyStore {
  /** Every platform's open rounds, read once every few seconds for the survey prompts. */
  private readonly openRounds: SharedRead<readonly SurveyRoundRecord[]>;

  private constructor(private readonly db: Knex, sharedReadTtlMs?: number) {
    this.openRounds = new SharedRead(() => this.listOpenRounds(), {
      ttlMs: sharedReadTtlMs,
    });
  }

  /**
   * @param options - with `sharedReadTtlMs`: how long the rows every service card reads are
   * reused on this replica (see {@link SharedRead})
   */
  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
    sharedReadTtlMs?: number;
  }): Promise<SurveyStore> {
    const { database, skipMigrations, sharedReadTtlMs } = options;
    return new SurveyStore(
      await connectDatabase(database, { skipMigrations }),
      sharedReadTtlMs,
    );
  }

  /**
   * Stores a new round. Returns false, storing nothing, when the platform already has an open round
   * or (for cadence rounds) a round for the same period: the unique keys decide, so two replicas
   * never open two.
   */
  async insertRound(round: SurveyRoundRecord): Promise<boolean> {
    const inserted = await this.db('survey_rounds')
      .insert({
        id: round.id,
        platform_ref: round.platformRef,
        title: round.title,
        question: round.question,
        starts_at: round.startsAt,
        ends_at: round.endsAt,
        closed_at: round.closedAt,
        created_by: round.createdBy,
        created_at: round.createdAt,
        origin: round.origin,
        period_key: round.periodKey,
        open_platform_ref: round.closedAt === null ? round.platformRef : null,
      })
      .onConflict()
      .ignore()
      .returning('id');
    this.openRounds.forget();
    return inserted.length === 1;
  }

  async getRound(id: string): Promise<SurveyRoundRecord | undefined> {
    const row = await this.db('survey_rounds').where({ id }).first();
    return row ? toRound(row) : undefined;
  }

  /** The open round of a platform, if any. */
  async getOpenRound(
    platformRef: string,
  ): Promise<SurveyRoundRecord | undefined> {
    const row = await this.db('survey_rounds')
      .where({ open_platform_ref: platformRef })
      .first();
    return row ? toRound(row) : undefined;
  }

  /** Every round of a platform, newest start first. */
  async listRounds(platformRef: string): Promise<SurveyRoundRecord[]> {
    const rows = await this.db('survey_rounds')
      .where({ platform_ref: platformRef })
      .orderBy([
        { column: 'starts_at', order: 'desc' },
        { column: 'created_at', order: 'desc' },
      ]);
    return rows.map(toRound);
  }

  /** The open rounds of every platform, optionally only those due to close by `endsBy`. */
  async listOpenRounds(options?: {
    endsBy?: number;
  }): Promise<SurveyRoundRecord[]> {
    const query = this.db('survey_rounds')
      .whereNull('closed_at')
      .orderBy('starts_at');
    if (options?.endsBy !== undefined) {
      query.where('ends_at', '<=', options.endsBy);
    }
    return (await query).map(toRound);
  }

  /**
   * The open rounds of every platform, oldest first: what every service card's survey prompt
   * looks at, read on this replica at most a few seconds ago (see {@link SharedRead}). Callers
   * must not change them.
   */
  recentOpenRounds(): Promise<readonly SurveyRoundRecord[]> {
    return this.openRounds.get();
  }

  /**
   * Closes a round if it is still open. Returns true only to the one caller that closed it, so
   * whatever follows a close (the owners' notification) happens once.
   */
  async closeRound(id: string, closedAt: number): Promise<boolean> {
    const updated = await this.db('survey_rounds')
      .where({ id })
      .whereNull('closed_at')
      .update({ closed_at: closedAt, open_platform_ref: null });
    this.openRounds.forget();
    return updated === 1;
  }

  /**
   * Stores a user's answer, replacing their earlier answer to the round but keeping the time of
   * the first one and its comment id (`commentId` is used only by the first answer). One
   * statement: concurrent answers of one user leave one row.
   */
  async upsertResponse(response: SurveyResponseRecord): Promise<void> {
    await this.db('survey_responses')
      .insert({
        round_id: response.roundId,
        user_ref: response.userRef,
        comment_id: response.commentId,
        score: response.score,
        comment: response.comment,
        signed: response.signed,
        team_refs: JSON.stringify(response.teamRefs),
        persona_refs: JSON.stringify(response.personaRefs),
        org_refs: JSON.stringify(response.orgRefs),
        answered_at: response.answeredAt,
        updated_at: response.updatedAt,
      })
      .onConflict(['round_id', 'user_ref'])
      .merge([
        'score',
        'comment',
        'signed',
        'team_refs',
        'persona_refs',
        'org_refs',
        'updated_at',
      ]);
  }

  async getResponse(
    roundId: string,
    userRef: string,
  ): Promise<SurveyResponseRecord | undefined> {
    const row = await this.db('survey_responses')
      .where({ round_id: roundId, user_ref: userRef })
      .first();
    return row ? toResponse(row) : undefined;
  }

  /** The answers with these comment ids (any number of them), in no particular order. */
  async responsesByCommentIds(
    commentIds: readonly string[],
  ): Promise<SurveyResponseRecord[]> {
    const rows: Row[] = [];
    for (const batch of chunks([...new Set(commentIds)], 500)) {
      rows.push(
        ...(await this.db('survey_responses').whereIn('comment_id', batch)),
      );
    }
    return rows.map(toResponse);
  }

  /** The responses to these rounds (of one platform, few enough for one statement), oldest first. */
  async listResponses(roundIds: string[]): Promise<SurveyResponseRecord[]> {
    if (roundIds.length === 0) {
      return [];
    }
    const rows = await this.db('survey_responses')
      .whereIn('round_id', roundIds)
      .orderBy([
        { column: 'answered_at', order: 'asc' },
        { column: 'user_ref', order: 'asc' },
      ]);
    return rows.map(toResponse);
  }

  /** The rounds among these (the open rounds of every platform) that the user has answered. */
  async answeredRoundIds(
    userRef: string,
    roundIds: string[],
  ): Promise<Set<string>> {
    const answered = new Set<string>();
    for (const slice of chunks(roundIds)) {
      const rows = await this.db('survey_responses')
        .where({ user_ref: userRef })
        .whereIn('round_id', slice)
        .select('round_id');
      rows.forEach(row => answered.add(row.round_id as string));
    }
    return answered;
  }

  /** The user's prompt state of every round they were prompted for, dismissed or snoozed. */
  async listPromptStates(userRef: string): Promise<SurveyPromptStateRecord[]> {
    const rows = await this.db('survey_prompt_state').where({
      user_ref: userRef,
    });
    return rows.map(row => ({
      roundId: row.round_id,
      promptedAt: row.prompted_at === null ? null : Number(row.prompted_at),
      dismissedAt: row.dismissed_at === null ? null : Number(row.dismissed_at),
      snoozedUntil:
        row.snoozed_until === null ? null : Number(row.snoozed_until),
    }));
  }

  /**
   * Records a change of the user's prompt state of a round: `promptedAt` is kept once set, the
   * other fields are replaced when given.
   */
  async updatePromptState(
    userRef: string,
    roundId: string,
    change: {
      promptedAt?: number;
      dismissedAt?: number;
      snoozedUntil?: number;
    },
  ): Promise<void> {
    const row = {
      user_ref: userRef,
      round_id: roundId,
      prompted_at: change.promptedAt ?? null,
      dismissed_at: change.dismissedAt ?? null,
      snoozed_until: change.snoozedUntil ?? null,
    };
    const merge: Row = {};
    if (change.promptedAt !== undefined) {
      merge.prompted_at = this.db.raw('COALESCE(??, ?)', [
        'survey_prompt_state.prompted_at',
        change.promptedAt,
      ]);
    }
    if (change.dismissedAt !== undefined) {
      merge.dismissed_at = change.dismissedAt;
    }
    if (change.snoozedUntil !== undefined) {
      merge.snoozed_until = change.snoozedUntil;
    }
    await this.db('survey_prompt_state')
      .insert(row)
      .onConflict(['user_ref', 'round_id'])
      .merge(merge);
  }
}
