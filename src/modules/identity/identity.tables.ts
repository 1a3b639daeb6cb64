// Tables of the identity module (migration 0004-identity). The users table itself is declared in
// src/db/schema.ts; these are its credentials, sessions, tokens, mail, throttling and alerts.
import type { Timestamp } from '../../db/schema';

export interface OrganizationSettingsTable {
  organization_id: string;
  idle_timeout_minutes: number;
  session_lifetime_hours: number;
  /** null: no forced periodic change (the NIST SP 800-63B default). */
  password_max_age_days: number | null;
  break_glass_hours: number;
  updated_at: Timestamp;
}

export interface UserRecoveryCodesTable {
  id: string;
  organization_id: string;
  user_id: string;
  code_hash: Uint8Array;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

export type SessionEndReason = 'logout' | 'logout_everywhere' | 'idle' | 'expired' | 'revoked' | 'password_changed' | 'mfa_reset';

export interface SessionsTable {
  id: string;
  token_hash: Uint8Array;
  organization_id: string;
  user_id: string;
  stage: 'mfa' | 'full';
  csrf_hash: Uint8Array;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  idle_expires_at: Timestamp;
  absolute_expires_at: Timestamp;
  ended_at: Timestamp | null;
  end_reason: SessionEndReason | null;
  client_ip: string | null;
  user_agent: string | null;
}

export type EmailTokenPurpose = 'verify_email' | 'reset_password' | 'invitation';

export interface EmailTokensTable {
  id: string;
  token_hash: Uint8Array;
  organization_id: string;
  user_id: string;
  purpose: EmailTokenPurpose;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_at: Timestamp;
}

export interface MailOutboxTable {
  id: string;
  organization_id: string;
  user_id: string | null;
  kind: string;
  recipient_ct: Uint8Array;
  subject_ct: Uint8Array;
  body_ct: Uint8Array;
  status: 'outbox' | 'queued' | 'sent' | 'failed';
  attempts: number;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export interface AuthThrottleTable {
  scope: 'account' | 'client';
  key: Uint8Array;
  failures: number;
  window_started_at: Timestamp;
  locked_until: Timestamp | null;
  lockouts: number;
  updated_at: Timestamp;
}

export interface AlertsTable {
  id: string;
  organization_id: string;
  kind: string;
  severity: 'info' | 'warning' | 'critical';
  user_id: string | null;
  patient_id: string | null;
  audit_entry_id: string | null;
  summary: string;
  created_at: Timestamp;
  acknowledged_at: Timestamp | null;
  acknowledged_by: string | null;
}

export interface IdentityTables {
  organization_settings: OrganizationSettingsTable;
  user_recovery_codes: UserRecoveryCodesTable;
  sessions: SessionsTable;
  email_tokens: EmailTokensTable;
  mail_outbox: MailOutboxTable;
  auth_throttle: AuthThrottleTable;
  alerts: AlertsTable;
}
