import { sql, type Kysely } from 'kysely';

// Organizations (tenants) and the minimal user row that `custos admin create` writes. The
// identity issue adds credentials, sessions and 2FA in later migrations.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('organizations')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('patient', 'clinician', 'compliance_officer', 'admin')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('invited', 'active', 'disabled')`))
    // Email is personal data: stored as envelope ciphertext, found by its blind index.
    .addColumn('email_ct', 'bytea', (c) => c.notNull())
    .addColumn('email_bidx', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('users_org_email_bidx', ['organization_id', 'email_bidx'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('users').execute();
  await db.schema.dropTable('organizations').execute();
}
