// @ts-check

/**
 * The state of every pulled metric source: when it was last pulled, up to which point, how many
 * points it stored and its last problem in words.
 *
 * Times are milliseconds since the epoch (bigint), as in the other tables.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('metric_source_pulls', table => {
    table.comment(
      'One row per pulled metric source: a platform SLO metric with a metricSource',
    );
    table.string('platform_ref', 255).notNullable();
    table
      .string('metric', 255)
      .notNullable()
      .comment('The name its points are stored under, e.g. pulled.api.good');
    table
      .string('source_hash', 64)
      .notNullable()
      .comment(
        'SHA-256 of the source as declared; a changed source is pulled again from the start',
      );
    table.bigInteger('last_attempt_at').nullable();
    table.bigInteger('last_success_at').nullable();
    table
      .bigInteger('pulled_until')
      .nullable()
      .comment('The last step end pulled; the next pull resumes from it');
    table
      .string('problem', 30)
      .nullable()
      .comment(
        'unreachable | rejected | timeout | empty | invalid-value | misconfigured | no-provider | failed',
      );
    table.text('error').nullable().comment('The last problem, in words');
    table.primary(['platform_ref', 'metric']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('metric_source_pulls');
};
