// @ts-check

/**
 * NPS survey rounds, their responses (one per person and round) and each user's prompt state.
 *
 * Times are milliseconds since the epoch (bigint), as in the other tables.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('survey_rounds', table => {
    table.comment(
      'NPS survey rounds of platforms, opened by owners or by the cadence task',
    );
    table.string('id', 36).primary().comment('A UUID');
    table
      .string('platform_ref', 255)
      .notNullable()
      .comment('Lower-case entity ref');
    table.string('title', 200).notNullable();
    table
      .text('question')
      .nullable()
      .comment('The optional extra free-text question');
    table.bigInteger('starts_at').notNullable();
    table
      .bigInteger('ends_at')
      .notNullable()
      .comment('When the round closes by itself');
    table.bigInteger('closed_at').nullable();
    table.string('created_by', 255).notNullable();
    table.bigInteger('created_at').notNullable();
    table.string('origin', 16).notNullable().comment("'manual' or 'cadence'");
    table
      .string('period_key', 16)
      .nullable()
      .comment('Cadence rounds: the period, e.g. 2026-Q4; unique per platform');
    table
      .string('open_platform_ref', 255)
      .nullable()
      .comment(
        'The platform ref while the round is open, null once closed: at most one open round per platform',
      );
    table.unique(['platform_ref', 'period_key'], {
      indexName: 'survey_rounds_period_idx',
    });
    table.unique(['open_platform_ref'], {
      indexName: 'survey_rounds_open_idx',
    });
    table.index(['platform_ref', 'starts_at'], 'survey_rounds_platform_idx');
  });

  await knex.schema.createTable('survey_responses', table => {
    table.comment(
      'One answer per user and round; a second answer replaces the first',
    );
    table
      .string('round_id', 36)
      .notNullable()
      .references('id')
      .inTable('survey_rounds')
      .onDelete('CASCADE');
    table.string('user_ref', 255).notNullable();
    table.integer('score').notNullable();
    table.text('comment').nullable().comment('Stored verbatim, shown as text');
    table.boolean('signed').notNullable().defaultTo(false);
    table
      .text('team_refs')
      .notNullable()
      .comment('JSON list, recorded at answer time');
    table
      .text('persona_refs')
      .notNullable()
      .comment('JSON list, recorded at answer time');
    table
      .text('org_refs')
      .notNullable()
      .comment('JSON list, recorded at answer time');
    table
      .bigInteger('answered_at')
      .notNullable()
      .comment('The first answer; kept');
    table.bigInteger('updated_at').notNullable();
    table.primary(['round_id', 'user_ref']);
  });

  await knex.schema.createTable('survey_prompt_state', table => {
    table.comment(
      'When a user was shown, dismissed or snoozed the prompt of a round',
    );
    table.string('user_ref', 255).notNullable();
    table
      .string('round_id', 36)
      .notNullable()
      .references('id')
      .inTable('survey_rounds')
      .onDelete('CASCADE');
    table
      .bigInteger('prompted_at')
      .nullable()
      .comment('First time the prompt was served');
    table.bigInteger('dismissed_at').nullable();
    table.bigInteger('snoozed_until').nullable();
    table.primary(['user_ref', 'round_id']);
    table.index(['user_ref', 'prompted_at'], 'survey_prompt_state_user_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('survey_prompt_state');
  await knex.schema.dropTable('survey_responses');
  await knex.schema.dropTable('survey_rounds');
};
