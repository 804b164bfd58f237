// @ts-check

/**
 * Deprecations: exceptions and their audit trail, the daily burn-down, and the reminders already
 * sent. Independent of the other tables.
 *
 * Instants are stored as milliseconds since the epoch (bigint); days are UTC dates written
 * YYYY-MM-DD, which compare as text in both SQLite and PostgreSQL.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('deprecation_exceptions', table => {
    table.comment(
      'Exceptions to a deprecation: a consumer may keep using the deprecated entity until requested_end',
    );
    table.string('id', 36).primary().comment('UUID');
    table
      .string('deprecation_ref', 255)
      .notNullable()
      .comment('Lower-case ref of the deprecated entity');
    table
      .string('consumer_ref', 255)
      .notNullable()
      .comment('Lower-case ref of the consuming entity');
    table
      .text('consumer_owner_refs')
      .notNullable()
      .comment(
        'JSON list of the consumer owners when the exception was requested',
      );
    table.text('reason').notNullable();
    table
      .string('requested_end', 10)
      .notNullable()
      .comment('YYYY-MM-DD, UTC; the last day the exception covers');
    table
      .string('status', 10)
      .notNullable()
      .comment('requested | approved | denied');
    table.string('requested_by', 255).notNullable();
    table.bigInteger('requested_at').notNullable();
    table.string('decided_by', 255).nullable();
    table.bigInteger('decided_at').nullable();
    table.text('decision_reason').nullable();
    table.index(
      ['deprecation_ref', 'consumer_ref'],
      'deprecation_exceptions_ref_idx',
    );
    table.index(['consumer_ref'], 'deprecation_exceptions_consumer_idx');
  });

  await knex.schema.createTable('deprecation_exception_audit', table => {
    table.comment(
      'Every request and decision on an exception: who, when, what',
    );
    table.bigIncrements('id');
    table
      .string('exception_id', 36)
      .notNullable()
      .references('id')
      .inTable('deprecation_exceptions')
      .onDelete('CASCADE');
    table.string('actor', 255).notNullable();
    table.bigInteger('at').notNullable();
    table
      .string('action', 20)
      .notNullable()
      .comment('requested | approved | denied');
    table.text('details').notNullable().comment('JSON');
    table.index(['exception_id'], 'deprecation_exception_audit_exception_idx');
  });

  await knex.schema.createTable('deprecation_snapshots', table => {
    table.comment(
      'One row per deprecation and UTC day: the burn-down as of that day',
    );
    table.string('deprecation_ref', 255).notNullable();
    table.string('day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table.integer('consumers').notNullable();
    table.integer('violations').notNullable();
    table.integer('active_exceptions').notNullable();
    table.integer('requested_exceptions').notNullable();
    table.bigInteger('computed_at').notNullable();
    table.primary(['deprecation_ref', 'day']);
  });

  await knex.schema.createTable('deprecation_reminders', table => {
    table.comment(
      'Reminders sent: one row per deprecation, recipient and milestone, claimed before sending so that replicas send each once',
    );
    table.string('deprecation_ref', 255).notNullable();
    table.string('recipient_ref', 255).notNullable();
    table
      .string('milestone', 40)
      .notNullable()
      .comment(
        'announced, lead-<days>, violation-<ISO week>, e.g. violation-2027-W27',
      );
    table.bigInteger('sent_at').notNullable();
    table.unique(['deprecation_ref', 'recipient_ref', 'milestone'], {
      indexName: 'deprecation_reminders_key_idx',
    });
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('deprecation_reminders');
  await knex.schema.dropTable('deprecation_snapshots');
  await knex.schema.dropTable('deprecation_exception_audit');
  await knex.schema.dropTable('deprecation_exceptions');
};
