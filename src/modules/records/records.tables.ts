// Tables of the records module (migration 0006-records). Only records.repo.ts queries them.
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
  created_by: string;
}

export interface RecordIdentifiersTable {
  organization_id: string;
  patient_id: string;
  record_id: string;
  kind: TIdentifierKind;
  /** HMAC under the organization's blind-index key, scope `record_identifiers.<kind>`. */
  bidx: Uint8Array;
}

export interface RecordsTables {
  records: RecordsTable;
  record_identifiers: RecordIdentifiersTable;
}
