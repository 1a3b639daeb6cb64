// Tables owned by the crypto module (created by migration 0002-crypto). Only crypto.repo.ts reads
// or writes them. Every key column holds wrapped key material, never a plaintext key.
import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from '../../db/schema';

/** Per organization: which organization-key version encrypts new data and the oldest that still decrypts. */
export interface CryptoOrganizationsTable {
  organization_id: string;
  current_key_version: number;
  min_key_version: number;
  created_at: Timestamp;
}

/** Organization keys (purpose 'data', versioned) and the blind-index key, each wrapped by a KEK version. */
export interface CryptoOrganizationKeysTable {
  organization_id: string;
  purpose: 'data' | 'blind_index';
  version: number;
  kek_version: number;
  wrapped_key: Uint8Array;
  /** HMAC-SHA256(key, organization || purpose || version), truncated: detects a wrapped key moved to another row. */
  key_check: Uint8Array;
  created_at: Timestamp;
}

/** Per-subject (patient or user) data keys, wrapped by an organization-key version. */
export interface CryptoSubjectKeysTable {
  organization_id: string;
  subject_id: string;
  version: number;
  org_key_version: number;
  wrapped_key: Uint8Array;
  created_at: Timestamp;
}

/** Subjects whose keys were destroyed. Authoritative: a key row for a shredded subject is never used. */
export interface ShreddedSubjectsTable {
  organization_id: string;
  subject_id: string;
  /** PHI-free reason, e.g. a deletion request reference. */
  reason: string;
  shredded_at: Timestamp;
}

/** Installation-wide secrets: a random data key wrapped by the KEK, and the secret encrypted under it. */
export interface CryptoSecretsTable {
  name: string;
  kek_version: number;
  wrapped_key: Uint8Array;
  ciphertext: Uint8Array;
  created_at: Timestamp;
}

/** One row per `custos keys rotate`; the sweep records its progress here so it can resume. */
export interface CryptoRotationsTable {
  id: Generated<number>;
  kek_version: number;
  status: 'sweeping' | 'done';
  /** JSON of TRotationProgress (see rotation.ts). */
  progress: ColumnType<unknown, string, string>;
  started_at: Timestamp;
  updated_at: Timestamp;
  finished_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface CryptoTables {
  crypto_organizations: CryptoOrganizationsTable;
  crypto_organization_keys: CryptoOrganizationKeysTable;
  crypto_subject_keys: CryptoSubjectKeysTable;
  shredded_subjects: ShreddedSubjectsTable;
  crypto_secrets: CryptoSecretsTable;
  crypto_rotations: CryptoRotationsTable;
}
