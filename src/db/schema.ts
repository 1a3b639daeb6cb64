import type { ColumnType } from 'kysely';
import type { AuditTables } from '../modules/audit/audit.tables';
import type { CryptoTables } from '../modules/crypto/crypto.tables';

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
}

export interface CoreTables {
  organizations: OrganizationsTable;
  users: UsersTable;
}

/** Every table, for Kysely. Each module declares its own tables beside its repository. */
export interface Database extends CoreTables, CryptoTables, AuditTables {}
