import { sql, type Kysely } from 'kysely';

// Consent (consent module): authorization templates, grants, per-instance approvals, receipts.
// Templates hold no PHI (plain-language form text, per organization) and are immutable once
// published: a trigger refuses any change except marking a version superseded, and any delete.
// Grants, approvals and receipts keep in clear only what the gate must filter on without PHI
// (patient id, recipient id, mode, status, times); what the patient agreed to (purposes,
// categories, the typed-name signature), what an approval covers (record ids, task) and the
// signed receipts are ciphertext under the patient's subject key, so shredding reaches them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('consent_templates')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('recipient_kind', 'text', (c) => c.notNull().check(sql`recipient_kind in ('ai_provider', 'third_party')`))
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz', (c) => c.notNull())
    .addColumn('superseded_at', 'timestamptz')
    .addUniqueConstraint('consent_templates_version', ['organization_id', 'key', 'version'])
    .execute();
  await sql`
    create function consent_template_immutable() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then raise exception 'consent templates are immutable'; end if;
      if new.id is distinct from old.id or new.organization_id is distinct from old.organization_id
         or new.key is distinct from old.key or new.version is distinct from old.version
         or new.recipient_kind is distinct from old.recipient_kind or new.content is distinct from old.content
         or new.content_hash is distinct from old.content_hash or new.published_at is distinct from old.published_at
         or old.superseded_at is not null then
        raise exception 'consent templates are immutable; publish a new version';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger consent_templates_immutable before update or delete on consent_templates for each row execute function consent_template_immutable()`.execute(db);

  await db.schema
    .createTable('consent_grants')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('patient_id', 'uuid', (c) => c.notNull())
    .addColumn('template_id', 'uuid', (c) => c.notNull().references('consent_templates.id'))
    .addColumn('recipient_kind', 'text', (c) => c.notNull().check(sql`recipient_kind in ('ai_provider', 'third_party')`))
    .addColumn('recipient_id', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('standing', 'per_instance')`))
    .addColumn('terms_ct', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('consent_grants_recipient').on('consent_grants').columns(['organization_id', 'patient_id', 'recipient_kind', 'recipient_id']).execute();

  await db.schema
    .createTable('consent_approvals')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('patient_id', 'uuid', (c) => c.notNull())
    .addColumn('grant_id', 'uuid', (c) => c.notNull().references('consent_grants.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'approved', 'declined', 'used')`))
    .addColumn('request_ct', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('decided_at', 'timestamptz')
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('consent_approvals_patient').on('consent_approvals').columns(['organization_id', 'patient_id', 'status', 'created_at']).execute();

  await db.schema
    .createTable('consent_receipts')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('patient_id', 'uuid', (c) => c.notNull())
    .addColumn('grant_id', 'uuid', (c) => c.notNull().references('consent_grants.id'))
    .addColumn('decision', 'text', (c) => c.notNull().check(sql`decision in ('grant', 'revoke', 'approve', 'decline')`))
    .addColumn('receipt_ct', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('consent_receipts_patient').on('consent_receipts').columns(['organization_id', 'patient_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('consent_receipts').execute();
  await db.schema.dropTable('consent_approvals').execute();
  await db.schema.dropTable('consent_grants').execute();
  await db.schema.dropTable('consent_templates').execute();
  await sql`drop function if exists consent_template_immutable()`.execute(db);
}
