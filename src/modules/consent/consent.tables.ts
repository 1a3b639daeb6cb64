// Tables of the consent module (migration 0008-consent). Only consent.repo.ts queries them.
import type { ColumnType } from 'kysely';
import type { Timestamp } from '../../db/schema';

export type TRecipientKind = 'ai_provider' | 'third_party';
export type TGrantMode = 'standing' | 'per_instance';
export type TApprovalStatus = 'pending' | 'approved' | 'declined' | 'used';
export type TReceiptDecision = 'grant' | 'revoke' | 'approve' | 'decline';

/** A published authorization form (no PHI). Immutable: a trigger refuses changes but superseded_at. */
export interface ConsentTemplatesTable {
  id: string;
  organization_id: string;
  key: string;
  version: number;
  recipient_kind: TRecipientKind;
  /** TTemplateContent as JSON. */
  content: ColumnType<unknown, string, string>;
  /** SHA-256 (hex) of the canonical JSON of content: receipts name it. */
  content_hash: string;
  published_at: Timestamp;
  superseded_at: Timestamp | null;
}

export interface ConsentGrantsTable {
  id: string;
  organization_id: string;
  patient_id: string;
  template_id: string;
  recipient_kind: TRecipientKind;
  recipient_id: string;
  mode: TGrantMode;
  /** TGrantTerms (purposes, categories, recipient label, signature) under the patient's key. */
  terms_ct: Uint8Array;
  created_at: Timestamp;
  created_by: string;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface ConsentApprovalsTable {
  id: string;
  organization_id: string;
  patient_id: string;
  grant_id: string;
  status: TApprovalStatus;
  /** TApprovalRequest (what, with whom, why) under the patient's key. */
  request_ct: Uint8Array;
  created_at: Timestamp;
  expires_at: Timestamp;
  decided_at: Timestamp | null;
  used_at: Timestamp | null;
}

export interface ConsentReceiptsTable {
  id: string;
  organization_id: string;
  patient_id: string;
  grant_id: string;
  decision: TReceiptDecision;
  /** The signed receipt JSON under the patient's key. */
  receipt_ct: Uint8Array;
  created_at: Timestamp;
}

export interface ConsentTables {
  consent_templates: ConsentTemplatesTable;
  consent_grants: ConsentGrantsTable;
  consent_approvals: ConsentApprovalsTable;
  consent_receipts: ConsentReceiptsTable;
}
