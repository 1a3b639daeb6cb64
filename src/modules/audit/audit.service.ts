// The audit service: append inside the caller's transaction, sequence, search, read details.
// Verification needs no secrets and lives apart (verify-audit.ts).
import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { z } from 'zod';
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import { findEntryDetails, insertPendingEntries, searchEntries } from './audit.repo';
import type { AuditPendingTable } from './audit.tables';
import { ZAuditEntryInput, ZAuditQuery, type AuditDetailsBinding, type AuditServiceDeps, type TAuditEntryInput, type TAuditPage, type TAuditQuery } from './audit.types';
import { startAuditWorker, type AuditWorker } from './audit-worker';
import { createSequencer, type SequenceResult } from './sequence-pending';
import type { AuditSigningKey } from './signing-key';

export interface AuditService {
  appendAudit(db: Db, entry: TAuditEntryInput): Promise<{ id: string }>;
  appendAuditBatch(db: Db, entries: readonly TAuditEntryInput[]): Promise<{ ids: string[] }>;
  sequencePending(db: Db): Promise<SequenceResult>;
  startAuditWorker(options: { db: Db; intervalMs?: number }): AuditWorker;
  queryAudit(db: Db, query: TAuditQuery): Promise<TAuditPage>;
  readAuditDetails(db: Db, ref: { organizationId: string; id: string }): Promise<Record<string, unknown> | null>;
  signingKey(db: Db): Promise<Pick<AuditSigningKey, 'keyId' | 'publicKey' | 'publicKeyPem'>>;
}

/** Parses with zod; the error names the fields only, since the values may be PHI. */
function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = [...new Set(result.error.issues.map((i) => i.path.join('.') || '(value)'))];
  throw new AppError('validation_failed', `Invalid ${what}: ${fields.join(', ')}`, { fields });
}

/** Where an entry's details ciphertext is bound: the same in pending and in the log. */
export function detailsBinding(organizationId: string, id: string, subjectId: string | null | undefined): AuditDetailsBinding {
  return { organizationId, table: 'audit_log', column: 'details', rowId: id, ...(subjectId ? { subjectId } : {}) };
}

/**
 * Creates the audit service with its narrow dependencies; the crypto module provides the
 * details cipher and the secret store.
 *
 * @example
 *   const audit = createAuditService({ clock, detailsCipher, secrets, checkpointFile, checkpointEveryEntries: 1000, checkpointEveryMs: 1000 });
 *   await db.transaction().execute(async (trx) => {
 *     // ... read the record ...
 *     await audit.appendAudit(trx, { organizationId, actorId, actorRole: 'clinician', action: 'record.read',
 *       resourceType: 'Observation', resourceId, subjectId, purpose: 'treatment', outcome: 'allow' });
 *   });
 */
export function createAuditService(deps: AuditServiceDeps): AuditService {
  const sequencer = createSequencer(deps);

  async function appendAuditBatch(db: Db, entries: readonly TAuditEntryInput[]): Promise<{ ids: string[] }> {
    const parsed = entries.map((entry, index) => parseOrThrow(ZAuditEntryInput, entry, `audit entry${entries.length > 1 ? ` #${index + 1}` : ''}`));
    const at = deps.clock.now();
    const rows: Insertable<AuditPendingTable>[] = [];
    for (const e of parsed) {
      const id = randomUUID();
      const details = e.details === undefined ? null : await deps.detailsCipher.seal(db, detailsBinding(e.organizationId, id, e.subjectId), Buffer.from(JSON.stringify(e.details), 'utf8'));
      rows.push({
        id,
        organization_id: e.organizationId,
        at,
        actor_id: e.actorId ?? null,
        actor_role: e.actorRole,
        action: e.action,
        resource_type: e.resourceType,
        resource_id: e.resourceId ?? null,
        subject_id: e.subjectId ?? null,
        purpose: e.purpose,
        outcome: e.outcome,
        reason: e.reason ?? null,
        request_id: e.requestId ?? null,
        client_ip: e.clientIp ?? null,
        details,
      });
    }
    await insertPendingEntries(db, rows);
    return { ids: rows.map((r) => r.id) };
  }

  return {
    /**
     * Records one entry in `db`, which should be the caller's transaction: the entry then commits
     * or rolls back with the work it describes. Record a denial with the root database instead,
     * so that it survives the rollback of the request that was denied.
     */
    async appendAudit(db, entry) {
      const { ids } = await appendAuditBatch(db, [entry]);
      return { id: ids[0]! };
    },
    appendAuditBatch,
    sequencePending: sequencer.sequencePending,
    startAuditWorker: (options) => startAuditWorker({ ...options, sequencePending: sequencer.sequencePending, ...(deps.logger ? { logger: deps.logger } : {}) }),
    async queryAudit(db, query) {
      const q = parseOrThrow(ZAuditQuery, query, 'audit query');
      const entries = await searchEntries(db, q);
      return { entries, nextBeforeSeq: entries.length === q.limit ? entries[entries.length - 1]!.seq : null };
    },
    /**
     * Decrypts one entry's details. Reading them is itself a disclosure: the caller (the
     * compliance console) authorizes and audits it. null when the entry has no details.
     */
    async readAuditDetails(db, ref) {
      const found = await findEntryDetails(db, ref.organizationId, ref.id);
      if (!found) throw new AppError('not_found', 'No such audit entry');
      if (!found.details) return null;
      const plaintext = await deps.detailsCipher.open(db, detailsBinding(ref.organizationId, ref.id, found.subjectId), found.details);
      return JSON.parse(plaintext.toString('utf8')) as Record<string, unknown>;
    },
    async signingKey(db) {
      const key = await sequencer.signingKey(db);
      return { keyId: key.keyId, publicKey: key.publicKey, publicKeyPem: key.publicKeyPem };
    },
  };
}
