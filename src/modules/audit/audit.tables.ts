// Tables owned by the audit module (created by migration 0003-audit). See README.md for the
// invariants they carry.
import type { Generated } from 'kysely';
import type { Timestamp } from '../../db/schema';

// bigint columns come back as numbers (openDatabase installs an int8 parser on both engines).
type Int8 = number;

/** The columns every entry carries, in the order of its canonical encoding (audit-canonical.ts). */
export interface AuditEntryColumns {
  id: string;
  organization_id: string;
  at: Timestamp;
  actor_id: string | null;
  actor_role: string;
  action: string;
  resource_type: string;
  resource_id: string | null;
  subject_id: string | null;
  purpose: string;
  outcome: string;
  reason: string | null;
  request_id: string | null;
  client_ip: string | null;
  /** Envelope ciphertext of the details JSON (detailsCipher), bound to audit_log/details/id. */
  details: Uint8Array | null;
}

/**
 * Entries written by appendAudit inside the caller's transaction; they commit or roll back with
 * the caller's work. The sequencer moves them into audit_log in `queued` order and deletes them.
 */
export interface AuditPendingTable extends AuditEntryColumns {
  queued: Generated<Int8>;
}

/** The append-only, hash-chained log. A trigger rejects UPDATE, DELETE and TRUNCATE. */
export interface AuditLogTable extends AuditEntryColumns {
  seq: Int8;
  /** Hash of the entry at seq - 1 (32 zero bytes for seq 1). */
  prev_hash: Uint8Array;
  /** SHA-256(0x00 || prev_hash || SHA-256(canonical bytes)); also the Merkle leaf. */
  hash: Uint8Array;
}

/** The single row (id = 1) whose lock serializes sequencers across processes and instances. */
export interface AuditHeadTable {
  id: number;
  seq: Int8;
  hash: Uint8Array;
  checkpoint_seq: Int8;
  checkpoint_at: Timestamp;
}

/** Signed checkpoints over (seq_from, seq_to]; also appended to the checkpoint file. */
export interface AuditCheckpointsTable {
  seq_from: Int8;
  seq_to: Int8;
  merkle_root: Uint8Array;
  head_hash: Uint8Array;
  sealed_at: Timestamp;
  key_id: string;
  signature: Uint8Array;
}

export interface AuditTables {
  audit_pending: AuditPendingTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  audit_checkpoints: AuditCheckpointsTable;
}
