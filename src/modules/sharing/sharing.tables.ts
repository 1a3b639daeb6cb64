// Tables of the sharing module (migration 0012-sharing). Only sharing.repo.ts queries them.
import type { Timestamp } from '../../db/schema';

/** A recipient outside the organization that patients' data may be disclosed to. */
export interface ThirdPartiesTable {
  id: string;
  organization_id: string;
  /** Not PHI: an organization, a court, or "Daughter (caregiver)"; shown to patients and in the accounting. */
  name: string;
  kind: 'provider' | 'payer' | 'public_health' | 'researcher' | 'legal' | 'family_caregiver' | 'other';
  /** Which agreement is on file: a business associate agreement, a data use agreement, or none. */
  agreement: 'none' | 'baa' | 'data_use_agreement';
  /** E-mail, phone and address as JSON under the organization key (third_parties/contact_ct/<id>). */
  contact_ct: Uint8Array | null;
  created_at: Timestamp;
  created_by: string;
  updated_at: Timestamp;
  archived_at: Timestamp | null;
}

export interface SharingTables {
  third_parties: ThirdPartiesTable;
}
