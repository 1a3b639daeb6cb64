// Deletion on the patient's request, with the organization's retention rule and legal holds.
// A hold or an unexpired retention period blocks it: the patient gets a plain explanation and
// the earliest date (or "when the hold is lifted") and the request waits as pending. Otherwise it
// is carried out in one transaction: the patient's blind-index rows and care-team links go, the
// subject key is destroyed (crypto-shredding: records, amendment texts, hold reasons, the name and
// audit details under it can never be read again; the shred list outside the database lets a
// restore re-apply it), the patient is marked deleted, their account disabled with its sessions
// and tokens ended, and the audit entry id is the receipt's anchor in the hash chain.
// A pending request completes on its own once the block ends: `completePendingDeletions` (run at
// start and hourly by the server, and by `custos patients complete-deletions`) carries it out as
// the system, with the same steps and receipt.
import { randomUUID } from 'node:crypto';
import { AppError, isAppError } from '../../../core/errors';
import type { Db } from '../../../db/client';
import type { AuditService } from '../../audit/audit.service';
import type { TAuditEntryInput } from '../../audit/audit.types';
import type { CryptoService } from '../../crypto/crypto.service';
import { listAccessTokensOfUser, revokeAccessToken } from '../../access/access-tokens.repo';
import { deletePatientFromCareTeams } from '../../access/care-teams.repo';
import { findPatient } from '../../access/directory.repo';
import { revokeUserSessions } from '../../identity/sessions.service';
import { emailBlindIndex, encryptEmail } from '../../identity/user-fields';
import { findUserById, updateUser } from '../../identity/users.repo';
import { findPatientRow, markPatientDeleted } from '../patients.repo';
import { deletePatientIdentifiers, findLastRecordUpdate } from '../records.repo';
import * as repo from './rights.repo';
import { deletionBlock, type TDeletionBlock } from './retention';
import type { RightsDeps, TRightsCall } from './rights.types';

export interface TDeletionReceipt {
  requestId: string;
  patientId: string;
  requestedAt: string;
  completedAt: string;
  /** The audit entry recording the deletion (its hash chain and checkpoints prove it). */
  auditEntryId: string;
  done: {
    subjectKeysDestroyed: number;
    identifierIndexRowsRemoved: number;
    careTeamLinksRemoved: number;
    accountDisabled: boolean;
    sessionsEnded: number;
    accessTokensRevoked: number;
  };
}

export type TDeletionOutcome =
  | { status: 'completed'; receipt: TDeletionReceipt }
  | { status: 'pending'; requestId: string; block: TDeletionBlock };

export interface TDeletionStatus {
  retentionYears: number;
  /** What would block a deletion requested now; null when it would be carried out. */
  block: TDeletionBlock | null;
  latest: { id: string; status: 'pending' | 'completed'; requestedAt: Date; receipt: TDeletionReceipt | null } | null;
}

export interface DeletionService {
  requestDeletion(input: TRightsCall & { patientId: string }): Promise<TDeletionOutcome>;
  /** What a deletion request would meet now, and the latest request (shown before the patient confirms). */
  deletionStatus(input: TRightsCall & { patientId: string }): Promise<TDeletionStatus>;
}

const DELETED_EMAIL_DOMAIN = 'deleted.invalid';
/** Who completes a pending request on its own (audit actor, role `system`). */
export const DELETION_JOB_ACTOR = 'system:deletion-job';

/** What one run of the completion job did (counts only). */
export interface TPendingDeletionsRun {
  completed: number;
  stillPending: number;
  /** Locked by another instance's run, or no longer pending when reached. */
  skipped: number;
  failed: number;
}

interface TCarryOut {
  organizationId: string;
  patientId: string;
  requestId: string;
  requestedAt: Date;
  requestedBy: string;
  /** The user recorded as revoking the patient's tokens (revoked_by names a user). */
  actorUserId: string;
  /** A pending row exists (updated), else the completed request is inserted. */
  pending: boolean;
  patientUserId: string | null;
  now: Date;
  /** The `patient.deletion` entry (the receipt's anchor). */
  auditEntry(details: Record<string, unknown>): TAuditEntryInput;
}

/**
 * @example
 *   const deletion = createDeletionService({ db, crypto, audit, authorize, clock });
 *   const outcome = await deletion.requestDeletion({ auth, patientId, requestContext });
 */
export function createDeletionService(deps: RightsDeps): DeletionService {
  const { db, audit } = deps;

  async function authorizeOwn(input: TRightsCall & { patientId: string }) {
    const patient = await findPatient(db, input.patientId);
    const organizationId = patient?.organizationId ?? input.auth.organizationId;
    const granted = await deps.authorize(db, {
      auth: input.auth,
      action: 'patient.request_deletion',
      resource: { kind: 'patient', organizationId, patientId: input.patientId },
      requestContext: input.requestContext,
    });
    return { granted, organizationId, patientUserId: patient?.userId ?? null };
  }

  return {
    async deletionStatus(input) {
      const { granted, organizationId } = await authorizeOwn(input);
      const { retentionYears, block } = await currentBlock(db, organizationId, input.patientId, granted.now);
      const latest = await repo.findLatestDeletionRequest(db, { organizationId, patientId: input.patientId });
      await audit.appendAudit(db, granted.auditEntry({ action: 'patient.deletion_status', details: { blockedBy: block?.kind ?? null } }));
      return {
        retentionYears,
        block,
        latest: latest
          ? { id: latest.id, status: latest.status, requestedAt: new Date(latest.requested_at), receipt: latest.receipt ? (JSON.parse(latest.receipt) as TDeletionReceipt) : null }
          : null,
      };
    },

    async requestDeletion(input) {
      const { granted, organizationId, patientUserId } = await authorizeOwn(input);
      const now = granted.now;
      try {
        return await carryOut();
      } catch (error) {
        // Nothing committed: the attempt is still recorded, as outcome 'error' without details.
        const { details: _details, ...base } = granted.auditEntry({ resourceType: 'DeletionRequest' });
        await audit.appendAudit(db, { ...base, outcome: 'error', reason: [base.reason, `error:${isAppError(error) ? error.code : 'internal'}`].filter(Boolean).join(',') });
        throw error;
      }

      function carryOut() {
        return db.transaction().execute(async (trx): Promise<TDeletionOutcome> => {
          // The pending request is locked first: if the completion job holds it, this waits and then
          // finds the patient deleted (reads after the lock see the job's commit).
          const pending = await repo.lockPendingDeletionRequestOfPatient(trx, { organizationId, patientId: input.patientId });
          const patientRow = await findPatientRow(trx, input.patientId);
          if (!patientRow || patientRow.status !== 'active') throw new AppError('conflict', 'These records were already deleted');
          const { block } = await currentBlock(trx, organizationId, input.patientId, now);
          const requestId = pending?.id ?? randomUUID();
          const requestedAt = pending ? new Date(pending.requested_at) : now;

          if (block) {
            const patch = { blocked_by: block.kind, earliest_at: block.earliestAt };
            if (pending) await repo.updateDeletionRequest(trx, { organizationId, id: requestId, patch });
            else await repo.insertDeletionRequest(trx, { id: requestId, organization_id: organizationId, patient_id: input.patientId, status: 'pending', requested_by: granted.actor.userId, requested_at: now, completed_at: null, receipt: null, ...patch });
            await audit.appendAudit(trx, granted.auditEntry({ resourceType: 'DeletionRequest', resourceId: requestId, details: { status: 'pending', blockedBy: block.kind } }));
            return { status: 'pending', requestId, block };
          }

          const receipt = await carryOutDeletion(deps, trx, {
            organizationId,
            patientId: input.patientId,
            requestId,
            requestedAt,
            requestedBy: pending?.requested_by ?? granted.actor.userId,
            actorUserId: granted.actor.userId,
            pending: pending !== undefined,
            patientUserId,
            now,
            auditEntry: (details) => granted.auditEntry({ action: 'patient.deletion', resourceType: 'DeletionRequest', resourceId: requestId, details }),
          });
          return { status: 'completed', receipt };
        });
      }
    },
  };
}

type TDeletionWorkDeps = { crypto: CryptoService; audit: Pick<AuditService, 'appendAudit'> };
export type TDeletionJobDeps = TDeletionWorkDeps & { db: Db };

/**
 * Completes every pending deletion request whose block has ended (the hold lifted, the retention
 * date passed), as the system (`system:deletion-job`, purpose patient_request: it carries out the
 * patient's own request). Idempotent and safe with several instances: each request is done in its
 * own transaction, locked with `for update skip locked` and checked again under the lock (still
 * pending, patient active, no block now). A request that fails stays pending for the next run and
 * leaves one `error` entry. The receipt is stored on the request as when the patient asks: their
 * account is closed by the deletion, so it is kept for the compliance officer (see README).
 *
 * @example
 *   const run = await completePendingDeletions(ctx, ctx.clock.now());
 *   // { completed: 1, stillPending: 2, skipped: 0, failed: 0 }
 */
export async function completePendingDeletions(deps: TDeletionJobDeps, now: Date): Promise<TPendingDeletionsRun> {
  const run: TPendingDeletionsRun = { completed: 0, stillPending: 0, skipped: 0, failed: 0 };
  const runId = randomUUID();
  let afterId: string | undefined;
  for (;;) {
    const page = await repo.listPendingDeletionRequests(deps.db, { limit: 100, ...(afterId ? { afterId } : {}) });
    if (page.length === 0) return run;
    afterId = page.at(-1)!.id;
    for (const request of page) {
      const entry = jobEntry({ organizationId: request.organization_id, patientId: request.patient_id, requestId: request.id, runId });
      try {
        run[await deps.db.transaction().execute((trx) => completeOne(deps, trx, request.organization_id, request.id, now, entry))] += 1;
      } catch (error) {
        run.failed += 1;
        const { details: _details, ...base } = entry({});
        await deps.audit.appendAudit(deps.db, { ...base, outcome: 'error', reason: `${base.reason},error:${isAppError(error) ? error.code : 'internal'}` });
      }
    }
  }
}

async function completeOne(
  deps: TDeletionJobDeps,
  trx: Db,
  organizationId: string,
  id: string,
  now: Date,
  entry: (details: Record<string, unknown>) => TAuditEntryInput,
): Promise<'completed' | 'stillPending' | 'skipped'> {
  const request = await repo.lockPendingDeletionRequest(trx, { organizationId, id });
  if (!request) return 'skipped'; // another instance holds it, or it was completed meanwhile
  const patientId = request.patient_id;
  const patientRow = await findPatientRow(trx, patientId);
  if (!patientRow || patientRow.status !== 'active') return 'skipped';
  const { block } = await currentBlock(trx, organizationId, patientId, now);
  if (block) {
    // Keep the reason the patient sees current (a lifted hold may leave a retention date behind).
    const earliest = block.earliestAt?.getTime() ?? null;
    const stored = request.earliest_at === null ? null : new Date(request.earliest_at).getTime();
    if (block.kind !== request.blocked_by || earliest !== stored) await repo.updateDeletionRequest(trx, { organizationId, id, patch: { blocked_by: block.kind, earliest_at: block.earliestAt } });
    return 'stillPending';
  }
  const patient = await findPatient(trx, patientId);
  await carryOutDeletion(deps, trx, {
    organizationId,
    patientId,
    requestId: id,
    requestedAt: new Date(request.requested_at),
    requestedBy: request.requested_by,
    actorUserId: request.requested_by,
    pending: true,
    patientUserId: patient?.userId ?? null,
    now,
    auditEntry: entry,
  });
  return 'completed';
}

/** The job's `patient.deletion` entry (role system; the request id names the run). */
function jobEntry(q: { organizationId: string; patientId: string; requestId: string; runId: string }) {
  return (details: Record<string, unknown>): TAuditEntryInput => ({
    organizationId: q.organizationId,
    actorId: DELETION_JOB_ACTOR,
    actorRole: 'system',
    action: 'patient.deletion',
    resourceType: 'DeletionRequest',
    resourceId: q.requestId,
    subjectId: q.patientId,
    purpose: 'patient_request',
    outcome: 'allow',
    reason: 'pending_request_unblocked',
    requestId: q.runId,
    details,
  });
}

async function currentBlock(trx: Db, organizationId: string, patientId: string, now: Date) {
  // Sequential: in a transaction (and on PGlite) there is one connection anyway.
  const retentionYears = await repo.findRetentionYears(trx, organizationId);
  const holds = await repo.listLegalHolds(trx, { organizationId, patientId, activeOnly: true });
  const lastUpdate = await findLastRecordUpdate(trx, { organizationId, patientId });
  return { retentionYears, block: deletionBlock({ now, retentionYears, activeHolds: holds.length, lastRecordUpdate: lastUpdate }) };
}

/**
 * The deletion itself, in the caller's transaction: blind indexes, care-team links, the subject
 * key, the patient row, the account; one `patient.deletion` audit entry; the receipt stored.
 */
async function carryOutDeletion(deps: TDeletionWorkDeps, trx: Db, q: TCarryOut): Promise<TDeletionReceipt> {
  const { crypto, audit } = deps;
  const { organizationId, patientId, requestId, now } = q;
  const identifierIndexRowsRemoved = await deletePatientIdentifiers(trx, { organizationId, patientId });
  const careTeamLinksRemoved = await deletePatientFromCareTeams(trx, { organizationId, patientId });
  // The reason is a reference, never PHI (it is stored in clear in shredded_subjects).
  const shred = await crypto.destroySubjectKey(trx, { organizationId, subjectId: patientId, reason: `deletion request ${requestId}` });
  await markPatientDeleted(trx, patientId, now);
  const account = q.patientUserId ? await closeAccount(crypto, trx, organizationId, q.patientUserId, q.actorUserId, now) : { sessionsEnded: 0, accessTokensRevoked: 0, disabled: false };
  const done = {
    subjectKeysDestroyed: shred.keysDestroyed,
    identifierIndexRowsRemoved,
    careTeamLinksRemoved,
    accountDisabled: account.disabled,
    sessionsEnded: account.sessionsEnded,
    accessTokensRevoked: account.accessTokensRevoked,
  };
  // Sealed under the organization key: the patient's key is gone (see auditDetailsCipher).
  const { id: auditEntryId } = await audit.appendAudit(trx, q.auditEntry({ status: 'completed', ...done }));
  const receipt: TDeletionReceipt = { requestId, patientId, requestedAt: q.requestedAt.toISOString(), completedAt: now.toISOString(), auditEntryId, done };
  const completed = { status: 'completed' as const, completed_at: now, receipt: JSON.stringify(receipt), blocked_by: null, earliest_at: null };
  if (q.pending) await repo.updateDeletionRequest(trx, { organizationId, id: requestId, patch: completed });
  else await repo.insertDeletionRequest(trx, { id: requestId, organization_id: organizationId, patient_id: patientId, requested_by: q.requestedBy, requested_at: now, ...completed });
  return receipt;
}

/**
 * Disables the patient's account: no sign-in, no session, no token. The e-mail (kept under the
 * organization key, so the shred does not reach it) is replaced by a placeholder, so the
 * address and its blind index are gone and may register again.
 */
async function closeAccount(crypto: CryptoService, trx: Db, organizationId: string, userId: string, actorId: string, now: Date) {
  const user = await findUserById(trx, organizationId, userId);
  if (!user) return { sessionsEnded: 0, accessTokensRevoked: 0, disabled: false };
  const placeholder = `deleted-${userId}@${DELETED_EMAIL_DOMAIN}`;
  await updateUser(trx, organizationId, userId, {
    status: 'disabled',
    email_ct: await encryptEmail(crypto, trx, organizationId, userId, placeholder),
    email_bidx: await emailBlindIndex(crypto, trx, organizationId, placeholder),
    password_hash: null,
  });
  const { sessionIds } = await revokeUserSessions(trx, { organizationId, userId, reason: 'revoked', now });
  let accessTokensRevoked = 0;
  for (const token of await listAccessTokensOfUser(trx, { organizationId, userId })) {
    if (await revokeAccessToken(trx, { organizationId, tokenId: token.id, revokedBy: actorId, at: now })) accessTokensRevoked++;
  }
  return { sessionsEnded: sessionIds.length, accessTokensRevoked, disabled: true };
}
