// Resetting a forgotten password by a link mailed to the account's address. Asking always gets the
// same answer (no account enumeration); the link lasts 30 minutes, works once, and a newer link
// replaces older ones. Completing it sets the password and ends every session of the user; the
// second factor stays, so a stolen mailbox alone does not open the account.
import { assertAcceptablePassword, auditRequestFields, tokenLink, type AccountDeps, type TCallContext } from './account.types';
import { passwordChangedMail, passwordResetMail } from './account-mails';
import { revokeUserSessions } from './sessions.service';
import { issueEmailToken, refuseToken, takeEmailToken } from './email-verification.service';
import { passwordContextOf } from './password-change.service';
import { decryptEmail, emailBlindIndex } from './user-fields';
import { findUserByEmailIndex, findUserForUpdate, updateUser } from './users.repo';

export interface PasswordResetService {
  /** Mails a reset link if an active account has this address; the caller answers 202 either way. */
  requestReset(email: string, call: TCallContext): Promise<void>;
  /** Sets the new password with a token from the mail, and ends all the user's sessions. */
  completeReset(input: { token: string; newPassword: string }, call: TCallContext): Promise<void>;
}

/**
 * @example
 *   const reset = createPasswordResetService(deps);
 *   await reset.requestReset(body.email, getRequestContext(request)); // then answer 202
 */
export function createPasswordResetService(deps: AccountDeps): PasswordResetService {
  return {
    async requestReset(email, call) {
      const now = deps.clock.now();
      const organizationId = deps.organizationId;
      const index = await emailBlindIndex(deps.crypto, deps.db, organizationId, email.trim());
      const user = await findUserByEmailIndex(deps.db, organizationId, index);
      const eligible = user !== undefined && user.status === 'active' && user.password_hash !== null;
      await deps.db.transaction().execute(async (trx) => {
        if (eligible) {
          const { token } = await issueEmailToken(trx, { organizationId, userId: user.id, purpose: 'reset_password', now });
          await deps.mailer.send(trx, {
            organizationId,
            userId: user.id,
            to: await decryptEmail(deps.crypto, trx, user),
            ...passwordResetMail(tokenLink(deps.publicUrl, 'reset-password', token)),
          });
        }
        await deps.audit.appendAudit(trx, {
          organizationId,
          actorId: null,
          actorRole: 'anonymous',
          action: 'auth.password_reset_requested',
          resourceType: 'user',
          resourceId: user?.id ?? null,
          purpose: 'operations',
          outcome: eligible ? 'allow' : 'deny',
          reason: eligible ? null : user ? `account_${user.status}` : 'unknown_account',
          ...auditRequestFields(call),
        });
      });
      if (eligible) deps.mailer.deliverSoon();
    },

    async completeReset(input, call) {
      const now = deps.clock.now();
      const result = await deps.db.transaction().execute(async (trx) => {
        const taken = await takeEmailToken(trx, { token: input.token, purpose: 'reset_password', now });
        if (!taken.ok) return taken;
        const user = await findUserForUpdate(trx, taken.row.organization_id, taken.row.user_id);
        if (!user || user.status !== 'active') return { ok: false as const, refusal: 'unknown' as const, row: taken.row };
        // A refused password throws here and rolls back, so the link still works for a better one.
        assertAcceptablePassword(deps.blocklist, input.newPassword, await passwordContextOf(deps, trx, user), 'newPassword');
        const hash = await deps.hasher.hash(input.newPassword);
        await updateUser(trx, user.organization_id, user.id, { password_hash: hash, password_changed_at: now });
        const ended = (await revokeUserSessions(trx, { organizationId: user.organization_id, userId: user.id, reason: 'password_changed', now })).sessionIds.length;
        await deps.mailer.send(trx, {
          organizationId: user.organization_id,
          userId: user.id,
          to: await decryptEmail(deps.crypto, trx, user),
          ...passwordChangedMail(deps.publicUrl, 'reset'),
        });
        await deps.audit.appendAudit(trx, {
          organizationId: user.organization_id,
          actorId: user.id,
          actorRole: user.role,
          action: 'auth.password_reset',
          resourceType: 'user',
          resourceId: user.id,
          purpose: 'operations',
          outcome: 'allow',
          ...auditRequestFields(call),
          details: { sessionsEnded: ended },
        });
        return taken;
      });
      if (!result.ok) throw await refuseToken(deps, { action: 'auth.password_reset_failed', refusal: result.refusal, row: result.row, call });
      deps.mailer.deliverSoon();
    },
  };
}
