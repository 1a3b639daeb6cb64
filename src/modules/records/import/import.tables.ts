// Tables of records/import (migration 0010-records-import). Only import.repo.ts and uploads.repo.ts query them.
import type { Timestamp } from '../../../db/schema';

/** One imported resource: (source, type, original id) as a keyed blind index -> our record. No PHI. */
export interface ImportSourceKeysTable {
  organization_id: string;
  /** HMAC under the organization's blind-index key, scope `import_source_keys`. */
  source_bidx: Uint8Array;
  patient_id: string;
  record_id: string;
  resource_type: string;
  /** Keyed hash (scope `import_content`) of the resource as last imported: "unchanged" without decrypting. */
  content_hmac: Uint8Array;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** An uploaded file, encrypted under the patient's subject key (record_uploads/content_ct/<id>). */
export interface RecordUploadsTable {
  id: string;
  organization_id: string;
  patient_id: string;
  /** The DocumentReference record that describes the file. */
  document_id: string;
  content_type: 'application/pdf' | 'image/png' | 'image/jpeg' | 'text/plain';
  byte_size: number;
  content_ct: Uint8Array;
  created_at: Timestamp;
  created_by: string | null;
}

export interface RecordsImportTables {
  import_source_keys: ImportSourceKeysTable;
  record_uploads: RecordUploadsTable;
}
