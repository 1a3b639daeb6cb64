// Tables of the access module (migration 0005-access): care teams, access tokens, access grants.
import type { ColumnType } from 'kysely';
import type { Timestamp } from '../../db/schema';

export interface CareTeamsTable {
  id: string;
  organization_id: string;
  name: string;
  created_at: Timestamp;
}

export interface CareTeamMembersTable {
  care_team_id: string;
  organization_id: string;
  user_id: string;
  added_at: Timestamp;
}

export interface CareTeamPatientsTable {
  care_team_id: string;
  organization_id: string;
  patient_id: string;
  added_at: Timestamp;
}

export interface AccessTokensTable {
  id: string;
  organization_id: string;
  user_id: string;
  name: string;
  token_hash: Uint8Array;
  token_hint: string;
  /** A TokenScope as JSON: written as a JSON string, read back parsed; validated with zod on read. */
  scope: ColumnType<unknown, string, string>;
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  revoked_by: string | null;
  last_used_at: Timestamp | null;
}

export interface AccessGrantsTable {
  id: string;
  organization_id: string;
  user_id: string;
  patient_id: string;
  kind: 'break_glass' | 'audit_review';
  /** Under the patient's subject key. */
  reason_ct: Uint8Array;
  granted_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  reviewed_at: Timestamp | null;
  reviewed_by: string | null;
  review_outcome: 'appropriate' | 'inappropriate' | null;
  /** Under the patient's subject key. */
  review_note_ct: Uint8Array | null;
}

export interface AccessTables {
  care_teams: CareTeamsTable;
  care_team_members: CareTeamMembersTable;
  care_team_patients: CareTeamPatientsTable;
  access_tokens: AccessTokensTable;
  access_grants: AccessGrantsTable;
}
