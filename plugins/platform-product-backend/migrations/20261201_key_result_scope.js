// @ts-check

/**
 * The group a key result is scoped to (a shared objective): `scope_ref` is the Group's lower-case
 * entity ref, or null for a key result of the whole platform. Indexed, so a group's page finds the
 * key results scoped to it and its ancestors without reading every platform's.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('key_results', table => {
    table
      .string('scope_ref', 255)
      .nullable()
      .comment(
        'Lower-case ref of the Group the key result is scoped to, or null for the whole platform',
      );
    table.index(['scope_ref'], 'key_results_scope_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('key_results', table => {
    table.dropIndex(['scope_ref'], 'key_results_scope_idx');
    table.dropColumn('scope_ref');
  });
};
