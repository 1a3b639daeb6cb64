// Tables of the patient-rights module (migration 0011-patient-rights). Only rights.repo.ts queries them.
import type { Timestamp } from '../../../db/schema';

export type TAmendmentStatus = 'pending' | 'accepted' | 'denied';

export interface AmendmentRequestsTable {
  id: string;
  organization_id: string;
  patient_id: string;
  record_id: string;
  resource_type: string;
  /** The patient's text, under the patient's subject key (amendment_requests/text_ct/<id>). */
  text_ct: Uint8Array;
  status: TAmendmentStatus;
  requested_by: string;
  requested_at: Timestamp;
  decided_by: string | null;
  decided_at: Timestamp | null;
  /** The reviewer's reason, under the patient's subject key. */
  decision_reason_ct: Uint8Array | null;
}

export interface RetentionRulesTable {
  organization_id: string;
  /** Keep a patient's records this many years after their last update; 0 = no retention period. */
  keep_years_after_last_update: number;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface LegalHoldsTable {
  id: string;
  organization_id: string;
  patient_id: string;
  /** The compliance officer's reason, under the patient's subject key. */
  reason_ct: Uint8Array;
  placed_by: string;
  placed_at: Timestamp;
  released_by: string | null;
  released_at: Timestamp | null;
}

export interface DeletionRequestsTable {
  id: string;
  organization_id: string;
  patient_id: string;
  status: 'pending' | 'completed';
  blocked_by: 'legal_hold' | 'retention' | null;
  earliest_at: Timestamp | null;
  requested_by: string;
  requested_at: Timestamp;
  completed_at: Timestamp | null;
  /** JSON of TDeletionReceipt. */
  receipt: string | null;
}

export interface PatientRightsTables {
  amendment_requests: AmendmentRequestsTable;
  retention_rules: RetentionRulesTable;
  legal_holds: LegalHoldsTable;
  deletion_requests: DeletionRequestsTable;
}
