import { sql, type Kysely } from 'kysely';

// Identity: credentials, 2FA, sessions, one-time email tokens, the mail outbox, throttling that
// holds across instances, alerts, and per-organization security settings. Personal data is
// ciphertext: name and date of birth under the user's subject key, email and mail bodies and TOTP
// secrets under the organization key (registered in src/context.ts for key rotation).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('users')
    // For role 'patient': the patient (crypto subject) whose records are the user's own.
    .addColumn('patient_id', 'uuid', (c) => c.unique())
    .addColumn('name_ct', 'bytea')
    .addColumn('date_of_birth_ct', 'bytea')
    .addColumn('password_hash', 'text')
    .addColumn('password_changed_at', 'timestamptz')
    .addColumn('email_verified_at', 'timestamptz')
    .addColumn('totp_secret_ct', 'bytea')
    .addColumn('totp_enrolled_at', 'timestamptz')
    // The last accepted TOTP time step: a code is accepted once (RFC 6238 section 5.2).
    .addColumn('totp_last_step', 'bigint')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('organization_settings')
    .addColumn('organization_id', 'uuid', (c) => c.primaryKey().references('organizations.id'))
    .addColumn('idle_timeout_minutes', 'integer', (c) => c.notNull().defaultTo(15).check(sql`idle_timeout_minutes between 1 and 240`))
    .addColumn('session_lifetime_hours', 'integer', (c) => c.notNull().defaultTo(12).check(sql`session_lifetime_hours between 1 and 168`))
    // NIST SP 800-63B advises against forced periodic change: null (off) by default.
    .addColumn('password_max_age_days', 'integer', (c) => c.check(sql`password_max_age_days between 30 and 3650`))
    .addColumn('break_glass_hours', 'integer', (c) => c.notNull().defaultTo(4).check(sql`break_glass_hours between 1 and 72`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('user_recovery_codes')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('code_hash', 'bytea', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('user_recovery_codes_user').on('user_recovery_codes').column('user_id').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    // SHA-256 of the opaque cookie token; the token itself is never stored.
    .addColumn('token_hash', 'bytea', (c) => c.notNull().unique())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    // 'mfa': password checked, second factor (or its enrollment) still due; 'full': signed in.
    .addColumn('stage', 'text', (c) => c.notNull().check(sql`stage in ('mfa', 'full')`))
    // SHA-256 of the CSRF token (double submit: cookie + header, both must match this).
    .addColumn('csrf_hash', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull())
    .addColumn('idle_expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('absolute_expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ended_at', 'timestamptz')
    .addColumn('end_reason', 'text', (c) => c.check(sql`end_reason in ('logout', 'logout_everywhere', 'idle', 'expired', 'revoked', 'password_changed', 'mfa_reset')`))
    .addColumn('client_ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').columns(['user_id', 'ended_at']).execute();

  await db.schema
    .createTable('email_tokens')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('token_hash', 'bytea', (c) => c.notNull().unique())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('purpose', 'text', (c) => c.notNull().check(sql`purpose in ('verify_email', 'reset_password', 'invitation')`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('user_id', 'uuid', (c) => c.references('users.id'))
    // A non-PHI label of what the mail is ('verify_email', 'password_reset', 'mfa_reset', ...).
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('recipient_ct', 'bytea', (c) => c.notNull())
    .addColumn('subject_ct', 'bytea', (c) => c.notNull())
    .addColumn('body_ct', 'bytea', (c) => c.notNull())
    // 'outbox': no SMTP configured, kept for admins to read; 'queued' -> 'sent' | 'failed' over SMTP.
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('outbox', 'queued', 'sent', 'failed')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('mail_outbox_status').on('mail_outbox').columns(['status', 'created_at']).execute();

  await db.schema
    .createTable('auth_throttle')
    // 'account' or 'client'; the key is an HMAC of the normalized email or the client address.
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('account', 'client')`))
    .addColumn('key', 'bytea', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('window_started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('locked_until', 'timestamptz')
    .addColumn('lockouts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('auth_throttle_pk', ['scope', 'key'])
    .execute();

  await db.schema
    .createTable('alerts')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    // e.g. 'account_locked', 'client_locked', 'break_glass', 'mfa_reset', 'baa_expiring'
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull().check(sql`severity in ('info', 'warning', 'critical')`))
    .addColumn('user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('patient_id', 'uuid')
    // Links the alert to the audit entry that describes it.
    .addColumn('audit_entry_id', 'uuid')
    // A PHI-free summary; details live in the audit entry's encrypted details.
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('acknowledged_at', 'timestamptz')
    .addColumn('acknowledged_by', 'uuid', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('alerts_open').on('alerts').columns(['organization_id', 'acknowledged_at', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['alerts', 'auth_throttle', 'mail_outbox', 'email_tokens', 'sessions', 'user_recovery_codes', 'organization_settings']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema
    .alterTable('users')
    .dropColumn('patient_id')
    .dropColumn('name_ct')
    .dropColumn('date_of_birth_ct')
    .dropColumn('password_hash')
    .dropColumn('password_changed_at')
    .dropColumn('email_verified_at')
    .dropColumn('totp_secret_ct')
    .dropColumn('totp_enrolled_at')
    .dropColumn('totp_last_step')
    .dropColumn('updated_at')
    .execute();
}
