// @ts-check

/**
 * Objectives and their key results, per platform. A key result's id is unique within its platform
 * (roadmap items and YAML refer to it by platform and id); it may be a caller-chosen slug.
 *
 * Times are milliseconds since the epoch (bigint), as in the other tables.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('objectives', table => {
    table.comment('One row per objective of a platform');
    table
      .string('platform_ref', 255)
      .notNullable()
      .comment('Lower-case entity ref of the platform');
    table.string('id', 64).notNullable().comment('uuid or caller-chosen slug');
    table.string('title', 200).notNullable();
    table.text('description').nullable();
    table
      .string('category', 40)
      .notNullable()
      .comment('Enablement category, e.g. engineering-velocity');
    table.string('period', 40).nullable().comment('e.g. 2026-Q4');
    table
      .integer('version')
      .notNullable()
      .comment('Raised by every write; writes name the version they read');
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.primary(['platform_ref', 'id']);
  });

  await knex.schema.createTable('key_results', table => {
    table.comment(
      'One row per key result; progress is computed from the bound series, never stored',
    );
    table.string('platform_ref', 255).notNullable();
    table.string('id', 64).notNullable().comment('uuid or caller-chosen slug');
    table.string('objective_id', 64).notNullable();
    table.string('title', 200).notNullable();
    table
      .text('binding')
      .notNullable()
      .comment('The measured series as JSON, e.g. {"type":"adoption"}');
    table.double('baseline').notNullable();
    table.double('target').notNullable();
    table.string('direction', 10).notNullable().comment('increase | decrease');
    table
      .integer('position')
      .notNullable()
      .comment('Order within the objective');
    table.integer('version').notNullable();
    table.bigInteger('created_at').notNullable();
    table.bigInteger('updated_at').notNullable();
    table.primary(['platform_ref', 'id']);
    table.index(['platform_ref', 'objective_id'], 'key_results_objective_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('key_results');
  await knex.schema.dropTable('objectives');
};
