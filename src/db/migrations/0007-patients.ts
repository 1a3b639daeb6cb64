import { sql, type Kysely } from 'kysely';

// Patients: the crypto subjects whose records Custos keeps. A patient may have a user account
// (self-registered) or not (imported by staff, before or without signing up). No PHI here: the
// name, birth date and identifiers live in the encrypted Patient resource and the blind indexes.
// Status 'deleted' marks a patient whose key was shredded on a deletion request.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('patients')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active').check(sql`status in ('active', 'deleted')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('deleted_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('patients_organization').on('patients').columns(['organization_id', 'created_at']).execute();
  // Every self-registered patient so far becomes a row.
  await sql`insert into patients (id, organization_id, status, created_at)
            select patient_id, organization_id, 'active', created_at from users where patient_id is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('patients').execute();
}
