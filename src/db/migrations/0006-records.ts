import { sql, type Kysely } from 'kysely';

// Records: the patient's FHIR-shaped resources. The whole resource is one ciphertext under the
// patient's subject key, bound to records/resource_ct/<row id>, so a dump holds no plaintext and
// shredding the patient's key makes every version unreadable. Only classification that carries
// no PHI (type, category, version, times, author) is in clear, for the access policy and audit.
// Lookup identifiers (MRN, SSN, email, member id) are keyed blind indexes, never plaintext.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('records')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('patient_id', 'uuid', (c) => c.notNull())
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull().check(sql`category in ('clinical', 'healthcare_adjacent')`))
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('resource_ct', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .execute();
  await db.schema
    .createIndex('records_patient_type')
    .on('records')
    .columns(['organization_id', 'patient_id', 'resource_type', 'updated_at'])
    .execute();

  await db.schema
    .createTable('record_identifiers')
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('patient_id', 'uuid', (c) => c.notNull())
    .addColumn('record_id', 'uuid', (c) => c.notNull().references('records.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('mrn', 'ssn', 'email', 'member_id')`))
    .addColumn('bidx', 'bytea', (c) => c.notNull())
    .addPrimaryKeyConstraint('record_identifiers_pk', ['record_id', 'kind', 'bidx'])
    .execute();
  await db.schema
    .createIndex('record_identifiers_lookup')
    .on('record_identifiers')
    .columns(['organization_id', 'kind', 'bidx'])
    .execute();
  await db.schema.createIndex('record_identifiers_patient').on('record_identifiers').columns(['organization_id', 'patient_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['record_identifiers', 'records']) {
    await db.schema.dropTable(table).execute();
  }
}
