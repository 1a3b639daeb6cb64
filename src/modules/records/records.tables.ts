// Tables of the records module (migrations 0006-records, 0007-patients). Only records.repo.ts queries them.
import type { Timestamp } from '../../db/schema';
import type { TIdentifierKind, TRecordCategory } from './records.types';

export interface RecordsTable {
  id: string;
  organization_id: string;
  patient_id: string;
  /** A ResourceType; checked on every read. */
  resource_type: string;
  category: TRecordCategory;
  version: number;
  /** The whole FHIR resource as JSON, under the patient's subject key (records/resource_ct/<id>). */
  resource_ct: Uint8Array;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** The author's user id; null for a system actor without an account (`custos import`, migration 0010). */
  created_by: string | null;
}

export interface RecordIdentifiersTable {
  organization_id: string;
  patient_id: string;
  record_id: string;
  kind: TIdentifierKind;
  /** HMAC under the organization's blind-index key, scope `record_identifiers.<kind>`. */
  bidx: Uint8Array;
}

/** A patient (crypto subject), with or without a user account (users.patient_id). No PHI. */
export interface PatientsTable {
  id: string;
  organization_id: string;
  status: 'active' | 'deleted';
  created_at: Timestamp;
  deleted_at: Timestamp | null;
}

export interface RecordsTables {
  patients: PatientsTable;
  records: RecordsTable;
  record_identifiers: RecordIdentifiersTable;
}
