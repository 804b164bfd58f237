// @ts-check

/**
 * Announcements of platforms and who follows which platform.
 *
 * Times are milliseconds since the epoch (bigint), as in the other tables.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('announcements', table => {
    table.comment('One row per announcement posted by a platform owner');
    table.string('id', 36).primary().comment('uuid');
    table
      .string('platform_ref', 255)
      .notNullable()
      .comment('Lower-case entity ref of the platform');
    table
      .string('kind', 30)
      .notNullable()
      .comment(
        'planned-change | maintenance | incident | release | deprecation-notice',
      );
    table.string('title', 200).notNullable();
    table.text('body').notNullable().comment('Markdown without HTML scripts');
    table.bigInteger('starts_at').nullable();
    table.bigInteger('ends_at').nullable();
    table
      .bigInteger('relevant_until')
      .notNullable()
      .comment(
        'Shown on the platform tab and consumer cards until then (see docs/announcements.md)',
      );
    table.string('posted_by', 255).notNullable().comment('User entity ref');
    table.bigInteger('posted_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.integer('version').notNullable();
    table.index(
      ['platform_ref', 'relevant_until'],
      'announcements_relevant_idx',
    );
  });

  await knex.schema.createTable('platform_follows', table => {
    table.comment('One row per user following a platform');
    table.string('platform_ref', 255).notNullable();
    table.string('user_ref', 255).notNullable();
    table.bigInteger('created_at').notNullable();
    table.primary(['platform_ref', 'user_ref']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('platform_follows');
  await knex.schema.dropTable('announcements');
};
