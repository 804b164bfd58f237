// @ts-check

/**
 * Roadmaps: the items of each platform's Now / Next / Later board, every change to them, and each
 * platform's roadmap settings (investment mix, last import of its roadmap file).
 *
 * Times are milliseconds since the epoch (bigint), as in the other tables. Items are ordered within a
 * horizon by `rank`, a short string compared in code-unit order (fractional indexing), so a move
 * writes one row.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('roadmap_items', table => {
    table.comment('One row per roadmap item of a platform');
    table.string('id', 36).primary().comment('A UUID');
    table
      .string('platform_ref', 255)
      .notNullable()
      .comment('Lower-case entity ref of the platform');
    table.string('horizon', 10).notNullable().comment('now | next | later');
    table
      .string('rank', 64)
      .notNullable()
      .comment('Order within the horizon; compare in code-unit order');
    table.string('title', 200).notNullable();
    table.text('problem').notNullable();
    table.text('hypothesis').notNullable();
    table.string('confidence', 10).notNullable().comment('low | medium | high');
    table
      .string('status', 20)
      .notNullable()
      .comment('exploring | committed | shipped | dropped');
    table
      .text('personas')
      .notNullable()
      .comment('JSON array of lower-case Persona entity refs');
    table.string('category', 40).notNullable();
    table.string('key_result_id', 200).nullable();
    table.string('source', 10).notNullable().comment('ui | file');
    table
      .string('file_id', 200)
      .nullable()
      .comment('The stable id of a file item in its roadmap file');
    table.integer('version').notNullable();
    table.string('created_by', 255).notNullable();
    table.bigInteger('created_at').notNullable();
    table.string('updated_by', 255).notNullable();
    table.bigInteger('updated_at').notNullable();
    table.bigInteger('shipped_at').nullable();
    table.bigInteger('review_due_at').nullable();
    table
      .bigInteger('review_notified_at')
      .nullable()
      .comment('When the owners were reminded of the outcome review; set once');
    table
      .string('outcome', 20)
      .nullable()
      .comment('held | partly | did-not-hold');
    table.text('outcome_notes').nullable();
    table.string('reviewed_by', 255).nullable();
    table.bigInteger('reviewed_at').nullable();
    table.index(['platform_ref', 'horizon'], 'roadmap_items_platform_idx');
    table.unique(['platform_ref', 'file_id'], {
      indexName: 'roadmap_items_file_id_idx',
    });
    table.index(['review_due_at'], 'roadmap_items_review_due_idx');
  });

  await knex.schema.createTable('roadmap_item_history', table => {
    table.comment(
      'Every change of a roadmap item: who, when, which field, from and to (JSON)',
    );
    table.bigIncrements('id');
    table.string('item_id', 36).notNullable();
    table.string('platform_ref', 255).notNullable();
    table
      .string('action', 20)
      .notNullable()
      .comment(
        'create | edit | move | reorder | status | drop | import | remove | review',
      );
    table
      .integer('version')
      .notNullable()
      .comment('The item version this change produced');
    table.string('field', 40).nullable();
    table.text('from_value').nullable().comment('JSON');
    table.text('to_value').nullable().comment('JSON');
    table.string('actor', 255).notNullable();
    table.bigInteger('at').notNullable();
    table.index(['item_id', 'id'], 'roadmap_item_history_item_idx');
  });

  await knex.schema.createTable('roadmap_settings', table => {
    table.comment(
      'One row per platform: its investment mix and the last import of its roadmap file',
    );
    table.string('platform_ref', 255).primary();
    table
      .text('investment_mix')
      .nullable()
      .comment('JSON { category: percent }');
    table.string('mix_source', 10).nullable().comment('ui | file');
    table.string('mix_updated_by', 255).nullable();
    table.bigInteger('mix_updated_at').nullable();
    table.text('import_location').nullable();
    table.string('import_status', 10).nullable().comment('ok | failed');
    table.bigInteger('import_at').nullable();
    table.text('import_error').nullable();
    table.text('import_warnings').nullable().comment('JSON array of strings');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('roadmap_settings');
  await knex.schema.dropTable('roadmap_item_history');
  await knex.schema.dropTable('roadmap_items');
};
