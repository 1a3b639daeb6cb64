import { sql, type Kysely } from 'kysely';

// Key hierarchy below the KEK (which the key provider holds): organization keys, per-subject data
// keys, the blind-index key and installation secrets, all stored wrapped; plus the shred record and
// the rotation progress. See src/modules/crypto/README.md.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('crypto_organizations')
    .addColumn('organization_id', 'uuid', (c) => c.primaryKey().references('organizations.id'))
    .addColumn('current_key_version', 'integer', (c) => c.notNull())
    .addColumn('min_key_version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('crypto_organizations_versions', sql`min_key_version >= 1 and min_key_version <= current_key_version`)
    .execute();

  await db.schema
    .createTable('crypto_organization_keys')
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('crypto_organizations.organization_id'))
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('data', 'blind_index')`))
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('kek_version', 'integer', (c) => c.notNull())
    .addColumn('wrapped_key', 'bytea', (c) => c.notNull())
    // HMAC of (organization, purpose, version) under the key: a wrapped key copied to another row is detected.
    .addColumn('key_check', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('crypto_organization_keys_pk', ['organization_id', 'purpose', 'version'])
    .execute();

  await db.schema
    .createTable('crypto_subject_keys')
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('crypto_organizations.organization_id'))
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('org_key_version', 'integer', (c) => c.notNull())
    .addColumn('wrapped_key', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('crypto_subject_keys_pk', ['organization_id', 'subject_id', 'version'])
    .execute();
  // The rotation sweep rewraps subject keys still under an old organization-key version.
  await db.schema.createIndex('crypto_subject_keys_org_version').on('crypto_subject_keys').columns(['organization_id', 'org_key_version']).execute();

  await db.schema
    .createTable('shredded_subjects')
    .addColumn('organization_id', 'uuid', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('shredded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('shredded_subjects_pk', ['organization_id', 'subject_id'])
    .execute();

  await db.schema
    .createTable('crypto_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('kek_version', 'integer', (c) => c.notNull())
    .addColumn('wrapped_key', 'bytea', (c) => c.notNull())
    .addColumn('ciphertext', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('crypto_rotations')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('kek_version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('sweeping', 'done')`))
    .addColumn('progress', 'jsonb', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('finished_at', 'timestamptz')
    .execute();
  // At most one rotation sweeps at a time.
  await sql`create unique index crypto_rotations_one_sweeping on crypto_rotations ((true)) where status = 'sweeping'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['crypto_rotations', 'crypto_secrets', 'shredded_subjects', 'crypto_subject_keys', 'crypto_organization_keys', 'crypto_organizations']) {
    await db.schema.dropTable(table).execute();
  }
}
