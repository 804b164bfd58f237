// @ts-check

const { randomUUID } = require('node:crypto');

/**
 * Closing the loop with the people who gave feedback: survey comments get an id that names them
 * without naming the respondent; owners link comments (and notes they record) to roadmap items as
 * evidence; and each backer is told once per item when it ships.
 *
 * Times are milliseconds since the epoch (bigint), as in the other tables.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('survey_responses', table => {
    table
      .string('comment_id', 36)
      .nullable()
      .comment(
        'A UUID naming the answer without naming the respondent; set on the first answer and kept',
      );
  });
  const existing = await knex('survey_responses').select(
    'round_id',
    'user_ref',
  );
  for (const row of existing) {
    await knex('survey_responses')
      .where({ round_id: row.round_id, user_ref: row.user_ref })
      .update({ comment_id: randomUUID() });
  }
  await knex.schema.alterTable('survey_responses', table => {
    table.unique(['comment_id'], { indexName: 'survey_responses_comment_idx' });
  });

  await knex.schema.createTable('feedback_evidence', table => {
    table.comment(
      'Feedback linked to a roadmap item as its evidence: a survey comment or a recorded note',
    );
    table.string('id', 36).primary().comment('A UUID');
    table
      .string('item_id', 36)
      .notNullable()
      .references('id')
      .inTable('roadmap_items')
      .onDelete('CASCADE');
    table
      .string('platform_ref', 255)
      .notNullable()
      .comment('Lower-case entity ref of the platform');
    table
      .string('source', 20)
      .notNullable()
      .comment('survey | office-hours | interview | support | other');
    table
      .string('comment_id', 36)
      .nullable()
      .comment('survey_responses.comment_id, for a survey comment');
    table.text('text').nullable().comment('The recorded note; null for survey');
    table
      .text('persona_refs')
      .notNullable()
      .comment('JSON list; for a survey comment, read from the answer instead');
    table
      .text('org_refs')
      .notNullable()
      .comment('JSON list; for a survey comment, read from the answer instead');
    table
      .string('person_ref', 255)
      .nullable()
      .comment('A recorded note: the user an owner named as having said it');
    table.string('linked_by', 255).notNullable();
    table.bigInteger('linked_at').notNullable();
    table.unique(['item_id', 'comment_id'], {
      indexName: 'feedback_evidence_comment_idx',
    });
    table.index(['platform_ref'], 'feedback_evidence_platform_idx');
  });

  await knex.schema.createTable('feedback_notifications', table => {
    table.comment(
      'Who was told that an item their feedback backs shipped: once per person and item',
    );
    table
      .string('item_id', 36)
      .notNullable()
      .references('id')
      .inTable('roadmap_items')
      .onDelete('CASCADE');
    table.string('user_ref', 255).notNullable();
    table.bigInteger('notified_at').notNullable();
    table.primary(['item_id', 'user_ref']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('feedback_notifications');
  await knex.schema.dropTable('feedback_evidence');
  await knex.schema.alterTable('survey_responses', table => {
    table.dropUnique(['comment_id'], 'survey_responses_comment_idx');
    table.dropColumn('comment_id');
  });
};
