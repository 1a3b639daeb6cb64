import type { ColumnType } from 'kysely';
import type { AccessTables } from '../modules/access/access.tables';
import type { AuditTables } from '../modules/audit/audit.tables';
import type { CryptoTables } from '../modules/crypto/crypto.tables';
import type { IdentityTables } from '../modules/identity/identity.tables';
import type { RecordsTables } from '../modules/records/records.tables';
import type { ConsentTables } from '../modules/consent/consent.tables';
import type { AiTables } from '../modules/ai/ai.tables';
import type { RecordsImportTables } from '../modules/records/import/import.tables';
import type { PatientRightsTables } from '../modules/records/rights/rights.tables';
import type { SharingTables } from '../modules/sharing/sharing.tables';

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganizationsTable {
  id: string;
  slug: string;
  name: string;
  created_at: Timestamp;
}

export interface UsersTable {
  id: string;
  organization_id: string;
  role: 'patient' | 'clinician' | 'compliance_officer' | 'admin';
  status: 'invited' | 'active' | 'disabled';
  email_ct: Uint8Array;
  email_bidx: Uint8Array;
  created_at: Timestamp;
  /** For role 'patient': the patient (crypto subject) whose records are the user's own. */
  patient_id: string | null;
  /** Under the user's subject key (patient_id for patients, the user id for staff). */
  name_ct: Uint8Array | null;
  date_of_birth_ct: Uint8Array | null;
  /** argon2id PHC string. */
  password_hash: string | null;
  password_changed_at: Timestamp | null;
  email_verified_at: Timestamp | null;
  /** Under the organization key. */
  totp_secret_ct: Uint8Array | null;
  totp_enrolled_at: Timestamp | null;
  totp_last_step: number | null;
  updated_at: Timestamp;
}

export interface CoreTables {
  organizations: OrganizationsTable;
  users: UsersTable;
}

/** Every table, for Kysely. Each module declares its own tables beside its repository. */
export interface Database extends CoreTables, CryptoTables, AuditTables, IdentityTables, AccessTables, RecordsTables,
    ConsentTables, AiTables, RecordsImportTables, PatientRightsTables, SharingTables {}
