// @ts-check

/**
 * Metric points, and the daily adoption and scorecard snapshots that give the scorecard its history.
 *
 * Times are stored as milliseconds since the epoch (bigint) so that SQLite and PostgreSQL compare and
 * bucket them the same way; days are UTC dates written YYYY-MM-DD.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('metric_points', table => {
    table.comment(
      'Metric points pushed through POST /metrics or pulled by providers; one row per (entity, metric, time, labels)',
    );
    table.bigIncrements('id');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Lower-case entity ref, e.g. system:default/deploy-platform');
    table.string('metric', 200).notNullable();
    table
      .bigInteger('ts')
      .notNullable()
      .comment('When the point stands for, in milliseconds since the epoch');
    table
      .string('labels_hash', 64)
      .notNullable()
      .comment('SHA-256 of the canonical (key-sorted) JSON of the labels');
    table
      .text('labels')
      .notNullable()
      .comment('The labels as canonical JSON, {} when there are none');
    table.double('value').notNullable();
    table
      .bigInteger('updated_at')
      .notNullable()
      .comment(
        'When the point was last written, in milliseconds since the epoch',
      );
    // The key that makes ingest idempotent, and the index every read goes through: reads always
    // name the entity and the metric and bound the time.
    table.unique(['entity_ref', 'metric', 'ts', 'labels_hash'], {
      indexName: 'metric_points_key_idx',
    });
  });

  await knex.schema.createTable('adoption_snapshots', table => {
    table.comment(
      'One row per platform and UTC day: adoption as computed that day',
    );
    table.string('platform_ref', 255).notNullable();
    table.string('day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table.integer('adopting_teams').notNullable();
    table.integer('audience_teams').notNullable();
    table.integer('adopting_services').notNullable();
    table.integer('total_services').notNullable();
    table.bigInteger('computed_at').notNullable();
    table.primary(['platform_ref', 'day']);
  });

  await knex.schema.createTable('scorecard_snapshots', table => {
    table.comment(
      'One row per platform, UTC day and KPI: the value as of that day',
    );
    table.string('platform_ref', 255).notNullable();
    table.string('day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table.string('kpi', 40).notNullable();
    table.double('value').nullable().comment('null when there was no data');
    table
      .string('source', 10)
      .notNullable()
      .comment(
        'daily: computed on the day; backfill: recomputed later from metric history',
      );
    table.bigInteger('computed_at').notNullable();
    table.primary(['platform_ref', 'day', 'kpi']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('scorecard_snapshots');
  await knex.schema.dropTable('adoption_snapshots');
  await knex.schema.dropTable('metric_points');
};
