// @ts-check

/**
 * An index on metric_points by metric and time, for the reads that sum one metric's window over
 * every entity at once: the consumer services' sums a scorecard reads (deployments, change
 * failures) are shared by every platform, and on a large catalog one pass over the window is far
 * cheaper than reading tens of thousands of services in chunks through the key index.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('metric_points', table => {
    table.index(['metric', 'ts'], 'metric_points_metric_ts_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('metric_points', table => {
    table.dropIndex(['metric', 'ts'], 'metric_points_metric_ts_idx');
  });
};
