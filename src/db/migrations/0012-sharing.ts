import { sql, type Kysely } from 'kysely';

// Sharing with third parties (modules/sharing): the organization's registry of recipients outside
// it. Names and kinds are in clear (they are not PHI); contact details are under the organization
// key (third_parties/contact_ct/<id>), since a family member's phone or address may be. Rows are
// archived, never deleted: the accounting of disclosures and consent grants keep pointing at them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('third_parties')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('provider', 'payer', 'public_health', 'researcher', 'legal', 'family_caregiver', 'other')`),
    )
    .addColumn('agreement', 'text', (c) => c.notNull().check(sql`agreement in ('none', 'baa', 'data_use_agreement')`))
    .addColumn('contact_ct', 'bytea')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('archived_at', 'timestamptz')
    .execute();
  // One active entry per name: an archived one may be registered again.
  await sql`create unique index third_parties_active_name on third_parties (organization_id, lower(name)) where archived_at is null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('third_parties').execute();
}
