// The audit module's contract: what callers pass in, what they get back, and the narrow
// dependencies it needs from other modules.
import { z } from 'zod';
import type { Db } from '../../db/client';
import type { FieldBinding, SecretStore } from '../crypto/crypto.types';

const token = (max: number) => z.string().min(1).max(max);

/** One audit entry as a caller describes it; id and time are assigned by appendAudit. */
export const ZAuditEntryInput = z.strictObject({
  organizationId: z.uuid(),
  /** The user, token or system component acting; null for anonymous requests (e.g. failed logins). */
  actorId: token(200).nullish(),
  actorRole: token(64),
  /** Verb-noun, dotted: 'record.read', 'consent.grant', 'auth.login'. */
  action: z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/, 'lowercase dotted name').max(100),
  resourceType: token(100),
  resourceId: token(200).nullish(),
  /** The patient whose data was touched, if any: feeds the accounting of disclosures. */
  subjectId: token(200).nullish(),
  purpose: token(64),
  outcome: z.enum(['allow', 'deny', 'error']),
  /** Policy reasons (never PHI): they are stored in clear to be searchable. */
  reason: token(2000).nullish(),
  requestId: token(200).nullish(),
  clientIp: z.union([z.ipv4(), z.ipv6()]).nullish(),
  /** Anything that may hold PHI goes here: it is stored encrypted (detailsCipher). */
  details: z.record(z.string(), z.unknown()).optional(),
});
export type TAuditEntryInput = z.input<typeof ZAuditEntryInput>;

export const ZAuditQuery = z.strictObject({
  organizationId: z.uuid(),
  subjectId: token(200).optional(),
  actorId: token(200).optional(),
  action: token(100).optional(),
  /** Inclusive lower and exclusive upper bound on the entry time. */
  from: z.date().optional(),
  to: z.date().optional(),
  limit: z.number().int().min(1).max(500).default(50),
  /** Cursor: return entries with seq below this (newest first). */
  beforeSeq: z.number().int().min(1).optional(),
});
export type TAuditQuery = z.input<typeof ZAuditQuery>;

/** An entry as the console shows it; details stay encrypted until readAuditDetails. */
export interface TAuditEntry {
  seq: number;
  id: string;
  organizationId: string;
  at: Date;
  actorId: string | null;
  actorRole: string;
  action: string;
  resourceType: string;
  resourceId: string | null;
  subjectId: string | null;
  purpose: string;
  outcome: string;
  reason: string | null;
  requestId: string | null;
  clientIp: string | null;
  hasDetails: boolean;
}

export interface TAuditPage {
  entries: TAuditEntry[];
  /** Pass as beforeSeq for the next page; null when this was the last one. */
  nextBeforeSeq: number | null;
}

/**
 * Where an entry's details live (audit_log/details/<entry id>), plus the patient the entry is
 * about when there is one: a cipher may then use that patient's data key, so that shredding the
 * patient also makes their audit details unreadable. The chain covers the ciphertext, so the log
 * still verifies after shredding.
 */
export interface AuditDetailsBinding extends FieldBinding {
  subjectId?: string;
}

/** Field encryption for the details column (the crypto module's envelope encryption). */
export interface DetailsCipher {
  seal(db: Db, binding: AuditDetailsBinding, plaintext: Buffer): Promise<Buffer>;
  open(db: Db, binding: AuditDetailsBinding, envelope: Buffer): Promise<Buffer>;
}

export interface AuditClock {
  now(): Date;
}

/** The part of a pino logger the module uses; messages and fields never carry PHI. */
export interface AuditLogger {
  error(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface AuditServiceDeps {
  clock: AuditClock;
  detailsCipher: DetailsCipher;
  /** Holds the Ed25519 checkpoint signing key (wrapped by the key-encryption key). */
  secrets: SecretStore;
  /** JSON-lines file outside the database that receives every checkpoint (config auditCheckpointFile). */
  checkpointFile: string;
  /** Seal a checkpoint once this many entries are unsealed... */
  checkpointEveryEntries: number;
  /** ...or once this much time has passed since the last checkpoint and there are new entries. */
  checkpointEveryMs: number;
  logger?: AuditLogger;
  /** Entries moved per sequencer transaction (default 1000). */
  sequenceBatchSize?: number;
}

export type TamperKind = 'edited' | 'deleted' | 'reordered' | 'inserted' | 'truncated' | 'bad_signature' | 'checkpoint_mismatch';

export interface AuditVerification {
  ok: boolean;
  entriesChecked: number;
  /** Database checkpoints whose Merkle root, head hash and signature were checked. */
  checkpointsChecked: number;
  /** Checkpoint-file lines compared with the database (identical duplicates counted once). */
  fileCheckpointsChecked: number;
  lastSeq: number;
  /** The highest seq covered by a checkpoint; entries above it are chained but not yet sealed. */
  sealedThrough: number;
  /** Entries committed but not yet sequenced (the pending window, see README). */
  pendingEntries: number;
  /** Database checkpoints newer than the file's last line (the file is appended after commit). */
  checkpointsNotInFile: number;
  elapsedMs: number;
  failure?: { kind: TamperKind; seq: number; message: string };
}
