import { sql, type Kysely } from 'kysely';

// Access: care teams (clinicians and the patients they treat), access tokens for integrations
// (hashed, scoped, expiring, revocable) and access grants (break-glass and audit review) with
// their review. Patient ids are the crypto subjects of patients; no foreign key yet, since the
// patients table arrives with the records module. Grant reasons and review notes may describe
// the patient: ciphertext under the patient's subject key, so shredding the patient reaches them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('care_teams')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    // A unit's label ('Cardiology ward B'), never a patient's name.
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('care_teams_org_name', ['organization_id', 'name'])
    .execute();

  await db.schema
    .createTable('care_team_members')
    .addColumn('care_team_id', 'uuid', (c) => c.notNull().references('care_teams.id'))
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('added_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('care_team_members_pk', ['care_team_id', 'user_id'])
    .execute();
  await db.schema.createIndex('care_team_members_user').on('care_team_members').column('user_id').execute();

  await db.schema
    .createTable('care_team_patients')
    .addColumn('care_team_id', 'uuid', (c) => c.notNull().references('care_teams.id'))
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('patient_id', 'uuid', (c) => c.notNull())
    .addColumn('added_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('care_team_patients_pk', ['care_team_id', 'patient_id'])
    .execute();
  await db.schema.createIndex('care_team_patients_patient').on('care_team_patients').column('patient_id').execute();

  await db.schema
    .createTable('access_tokens')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    // The issuing user: the token never reaches more than this user can at the time of use.
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    // SHA-256 of the token (secret-tokens.ts); the token itself is shown once and never stored.
    .addColumn('token_hash', 'bytea', (c) => c.notNull().unique())
    // 'cus_pat_…' + the last four characters (tokenHint): recognizable in lists, none of the secret.
    .addColumn('token_hint', 'text', (c) => c.notNull())
    .addColumn('scope', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('last_used_at', 'timestamptz')
    .addCheckConstraint('access_tokens_expiry', sql`expires_at > created_at`)
    .execute();
  await db.schema.createIndex('access_tokens_user').on('access_tokens').columns(['organization_id', 'user_id']).execute();

  await db.schema
    .createTable('access_grants')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('patient_id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('break_glass', 'audit_review')`))
    .addColumn('reason_ct', 'bytea', (c) => c.notNull())
    .addColumn('granted_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('reviewed_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('review_outcome', 'text', (c) => c.check(sql`review_outcome in ('appropriate', 'inappropriate')`))
    .addColumn('review_note_ct', 'bytea')
    .addCheckConstraint('access_grants_expiry', sql`expires_at > granted_at`)
    .addCheckConstraint('access_grants_review', sql`(reviewed_at is null) = (review_outcome is null) and (reviewed_at is null) = (reviewed_by is null)`)
    .execute();
  await db.schema.createIndex('access_grants_user_patient').on('access_grants').columns(['user_id', 'patient_id', 'expires_at']).execute();
  await db.schema.createIndex('access_grants_review_queue').on('access_grants').columns(['organization_id', 'kind', 'reviewed_at', 'granted_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['access_grants', 'access_tokens', 'care_team_patients', 'care_team_members', 'care_teams']) {
    await db.schema.dropTable(table).execute();
  }
}
