import { sql, type Kysely } from 'kysely';

// Records import: source keys that make re-import idempotent, encrypted uploads (records/import).
// - import_source_keys: (bundle source, resource type, original id) -> our record, as a keyed blind
//   index (HMAC), never the original id in clear (Synthea ids are stable across a patient's files
//   and would link rows to outside data); content_hmac is a keyed hash of the resource as last
//   imported, so a re-import can say "unchanged" without decrypting anything.
// - record_uploads: uploaded files (PDF, PNG, JPEG, text) as one ciphertext under the patient's
//   subject key, bound to record_uploads/content_ct/<id>; a DocumentReference record points at it.
// - records.created_by becomes nullable: `custos import` runs as a system actor with no user account.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('import_source_keys')
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('source_bidx', 'bytea', (c) => c.notNull())
    .addColumn('patient_id', 'uuid', (c) => c.notNull())
    .addColumn('record_id', 'uuid', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('content_hmac', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_source_keys_pk', ['organization_id', 'source_bidx'])
    .execute();
  await db.schema.createIndex('import_source_keys_patient').on('import_source_keys').columns(['organization_id', 'patient_id']).execute();

  await db.schema
    .createTable('record_uploads')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('patient_id', 'uuid', (c) => c.notNull())
    .addColumn('document_id', 'uuid', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull().check(sql`content_type in ('application/pdf', 'image/png', 'image/jpeg', 'text/plain')`))
    .addColumn('byte_size', 'integer', (c) => c.notNull().check(sql`byte_size >= 0`))
    .addColumn('content_ct', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_by', 'uuid')
    .execute();
  await db.schema.createIndex('record_uploads_patient').on('record_uploads').columns(['organization_id', 'patient_id', 'created_at']).execute();

  await sql`alter table records alter column created_by drop not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('record_uploads').execute();
  await db.schema.dropTable('import_source_keys').execute();
}
