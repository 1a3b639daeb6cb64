// Deletion on the patient's request, with the organization's retention rule and legal holds.
// A hold or an unexpired retention period blocks it: the patient gets a plain explanation and
// the earliest date (or "when the hold is lifted") and the request waits as pending. Otherwise it
// is carried out in one transaction: the patient's blind-index rows and care-team links go, the
// subject key is destroyed (crypto-shredding: records, amendment texts, hold reasons, the name and
// audit details under it can never be read again; the shred list outside the database lets a
// restore re-apply it), the patient is marked deleted, their account disabled with its sessions
// and tokens ended, and the audit entry id is the receipt's anchor in the hash chain.
import { randomUUID } from 'node:crypto';
import { AppError, isAppError } from '../../../core/errors';
import type { Db } from '../../../db/client';
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

/**
 * @example
 *   const deletion = createDeletionService({ db, crypto, audit, authorize, clock });
 *   const outcome = await deletion.requestDeletion({ auth, patientId, requestContext });
 */
export function createDeletionService(deps: RightsDeps): DeletionService {
  const { db, crypto, audit } = deps;

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

  async function currentBlock(trx: Db, organizationId: string, patientId: string, now: Date) {
    // Sequential: in a transaction (and on PGlite) there is one connection anyway.
    const retentionYears = await repo.findRetentionYears(trx, organizationId);
    const holds = await repo.listLegalHolds(trx, { organizationId, patientId, activeOnly: true });
    const lastUpdate = await findLastRecordUpdate(trx, { organizationId, patientId });
    return { retentionYears, block: deletionBlock({ now, retentionYears, activeHolds: holds.length, lastRecordUpdate: lastUpdate }) };
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
          const patientRow = await findPatientRow(trx, input.patientId);
          if (!patientRow || patientRow.status !== 'active') throw new AppError('conflict', 'These records were already deleted');
          const { block } = await currentBlock(trx, organizationId, input.patientId, now);
          const pending = await repo.findPendingDeletionRequest(trx, { organizationId, patientId: input.patientId });
          const requestId = pending?.id ?? randomUUID();
          const requestedAt = pending ? new Date(pending.requested_at) : now;

          if (block) {
            const patch = { blocked_by: block.kind, earliest_at: block.earliestAt };
            if (pending) await repo.updateDeletionRequest(trx, { organizationId, id: requestId, patch });
            else await repo.insertDeletionRequest(trx, { id: requestId, organization_id: organizationId, patient_id: input.patientId, status: 'pending', requested_by: granted.actor.userId, requested_at: now, completed_at: null, receipt: null, ...patch });
            await audit.appendAudit(trx, granted.auditEntry({ resourceType: 'DeletionRequest', resourceId: requestId, details: { status: 'pending', blockedBy: block.kind } }));
            return { status: 'pending', requestId, block };
          }

          const identifierIndexRowsRemoved = await deletePatientIdentifiers(trx, { organizationId, patientId: input.patientId });
          const careTeamLinksRemoved = await deletePatientFromCareTeams(trx, { organizationId, patientId: input.patientId });
          // The reason is a reference, never PHI (it is stored in clear in shredded_subjects).
          const shred = await crypto.destroySubjectKey(trx, { organizationId, subjectId: input.patientId, reason: `deletion request ${requestId}` });
          await markPatientDeleted(trx, input.patientId, now);
          const account = patientUserId ? await closeAccount(trx, organizationId, patientUserId, granted.actor.userId, now) : { sessionsEnded: 0, accessTokensRevoked: 0, disabled: false };
          const done = {
            subjectKeysDestroyed: shred.keysDestroyed,
            identifierIndexRowsRemoved,
            careTeamLinksRemoved,
            accountDisabled: account.disabled,
            sessionsEnded: account.sessionsEnded,
            accessTokensRevoked: account.accessTokensRevoked,
          };
          // Sealed under the organization key: the patient's key is gone (see auditDetailsCipher).
          const { id: auditEntryId } = await audit.appendAudit(trx, granted.auditEntry({ action: 'patient.deletion', resourceType: 'DeletionRequest', resourceId: requestId, details: { status: 'completed', ...done } }));
          const receipt: TDeletionReceipt = { requestId, patientId: input.patientId, requestedAt: requestedAt.toISOString(), completedAt: now.toISOString(), auditEntryId, done };
          const completed = { status: 'completed' as const, completed_at: now, receipt: JSON.stringify(receipt), blocked_by: null, earliest_at: null };
          if (pending) await repo.updateDeletionRequest(trx, { organizationId, id: requestId, patch: completed });
          else await repo.insertDeletionRequest(trx, { id: requestId, organization_id: organizationId, patient_id: input.patientId, requested_by: granted.actor.userId, requested_at: now, ...completed });
          return { status: 'completed', receipt };
        });
      }
    },
  };

  /**
   * Disables the patient's account: no sign-in, no session, no token. The e-mail (kept under the
   * organization key, so the shred does not reach it) is replaced by a placeholder, so the
   * address and its blind index are gone and may register again.
   */
  async function closeAccount(trx: Db, organizationId: string, userId: string, actorId: string, now: Date) {
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
}
