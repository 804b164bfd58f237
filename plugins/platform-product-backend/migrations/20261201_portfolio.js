// @ts-check

/**
 * The portfolio's daily record of each platform (every figure of its row, the per-org roll-up
 * and who adopted) and adoption figures imported from earlier records.
 *
 * Times are milliseconds since the epoch (bigint), as in the other tables.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('portfolio_snapshots', table => {
    table.comment(
      'One row per platform and UTC day: the portfolio figures of the platform, taken that day',
    );
    table.string('platform_ref', 255).notNullable();
    table.string('day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table
      .text('data')
      .notNullable()
      .comment(
        'JSON: the PortfolioSnapshot of the common package, without its team lists',
      );
    table
      .text('teams')
      .nullable()
      .comment('JSON: { adopting, nonAdopting } audience team refs');
    table.bigInteger('computed_at').notNullable();
    table.primary(['platform_ref', 'day']);
    table.index(['day'], 'portfolio_snapshots_day_idx');
  });

  await knex.schema.createTable('adoption_imports', table => {
    table.comment(
      'Adoption figures imported from earlier records (a spreadsheet), one per platform, day and org',
    );
    table.string('platform_ref', 255).notNullable();
    table.string('day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table
      .string('org_ref', 255)
      .notNullable()
      .comment("Lower-case group ref, or '' for the whole audience");
    table.integer('adopting_teams').notNullable();
    table.integer('audience_teams').notNullable();
    table.string('imported_by', 255).notNullable();
    table.bigInteger('imported_at').notNullable();
    table.primary(['platform_ref', 'day', 'org_ref']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('adoption_imports');
  await knex.schema.dropTable('portfolio_snapshots');
};
