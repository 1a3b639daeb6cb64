import { sql, type Kysely } from 'kysely';

// Patient rights (records/rights): amendment requests (45 CFR 164.526), deletion requests with the
// organization's retention rule and legal holds. Free text written by a patient or by staff about a
// patient (amendment text, decision reasons, hold reasons) is ciphertext under the patient's subject
// key, so a deletion shreds it with the records. Statuses, dates and ids are clear: they carry no PHI
// and the workflows query them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('amendment_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('patient_id', 'uuid', (c) => c.notNull().references('patients.id'))
    .addColumn('record_id', 'uuid', (c) => c.notNull().references('records.id'))
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('text_ct', 'bytea', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'accepted', 'denied')`))
    .addColumn('requested_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull())
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decision_reason_ct', 'bytea')
    .execute();
  await db.schema.createIndex('amendment_requests_patient').on('amendment_requests').columns(['organization_id', 'patient_id', 'requested_at']).execute();
  await db.schema.createIndex('amendment_requests_status').on('amendment_requests').columns(['organization_id', 'status', 'requested_at']).execute();

  // One row per organization; 0 years = no retention period.
  await db.schema
    .createTable('retention_rules')
    .addColumn('organization_id', 'uuid', (c) => c.primaryKey().references('organizations.id'))
    .addColumn('keep_years_after_last_update', 'integer', (c) => c.notNull().check(sql`keep_years_after_last_update between 0 and 100`))
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('legal_holds')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('patient_id', 'uuid', (c) => c.notNull().references('patients.id'))
    .addColumn('reason_ct', 'bytea', (c) => c.notNull())
    .addColumn('placed_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('placed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('released_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('released_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('legal_holds_patient').on('legal_holds').columns(['organization_id', 'patient_id']).execute();

  await db.schema
    .createTable('deletion_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('patient_id', 'uuid', (c) => c.notNull().references('patients.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'completed')`))
    .addColumn('blocked_by', 'text', (c) => c.check(sql`blocked_by in ('legal_hold', 'retention')`))
    .addColumn('earliest_at', 'timestamptz')
    .addColumn('requested_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull())
    .addColumn('completed_at', 'timestamptz')
    // What was done (counts, ids, the audit entry id): no PHI.
    .addColumn('receipt', 'text')
    .execute();
  await db.schema.createIndex('deletion_requests_patient').on('deletion_requests').columns(['organization_id', 'patient_id', 'requested_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['deletion_requests', 'legal_holds', 'retention_rules', 'amendment_requests']) {
    await db.schema.dropTable(table).execute();
  }
}
