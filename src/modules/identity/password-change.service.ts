// Changing one's own password while signed in: the current password proves it is the account
// holder (not someone at an unlocked screen), the new one passes the NIST policy, every other
// session of the user ends, and the user gets a mail saying so.
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import { assertAcceptablePassword, auditRequestFields, type AccountDeps, type TCallContext } from './account.types';
import { passwordChangedMail } from './account-mails';
import { revokeUserSessions } from './sessions.service';
import type { ThrottleService } from './throttle.service';
import { retireEmailTokens } from './email-verification.repo';
import { decryptEmail, decryptProfile } from './user-fields';
import { findUserById, findUserForUpdate, updateUser, type TUserRow } from './users.repo';

export interface PasswordChangeService {
  changePassword(
    who: { organizationId: string; userId: string; sessionId: string },
    input: { currentPassword: string; newPassword: string },
    call: TCallContext,
  ): Promise<void>;
}

export const WRONG_CURRENT_PASSWORD = 'Your current password is not right.';

/** The words a user's new password must not disguise: their email, name and date of birth. */
export async function passwordContextOf(deps: Pick<AccountDeps, 'crypto'>, db: Db, user: TUserRow): Promise<{ email: string; name?: string; dateOfBirth?: string }> {
  const email = await decryptEmail(deps.crypto, db, user);
  const profile = user.name_ct || user.date_of_birth_ct ? await decryptProfile(deps.crypto, db, user) : { name: null, dateOfBirth: null };
  return { email, ...(profile.name ? { name: profile.name } : {}), ...(profile.dateOfBirth ? { dateOfBirth: profile.dateOfBirth } : {}) };
}

/**
 * @example
 *   await createPasswordChangeService(deps).changePassword(
 *     { organizationId, userId, sessionId }, { currentPassword, newPassword }, getRequestContext(request));
 */
export function createPasswordChangeService(
  deps: AccountDeps & { throttle: Pick<ThrottleService, 'keysForUser' | 'assertNotLocked' | 'recordFailure'> },
): PasswordChangeService {
  return {
    async changePassword(who, input, call) {
      const user = await findUserById(deps.db, who.organizationId, who.userId);
      if (!user || user.status !== 'active' || !user.password_hash) throw new AppError('unauthenticated', 'Sign in to continue');
      // Guessing the current password from an unlocked screen counts like failed sign-ins: the
      // same per-account and per-client counters, the same lockout, which also ends this attempt.
      const keys = await deps.throttle.keysForUser(deps.db, { organizationId: user.organization_id, emailIndex: user.email_bidx, clientAddress: call.clientAddress });
      await deps.throttle.assertNotLocked(deps.db, keys);
      if (!(await deps.hasher.verify(user.password_hash, input.currentPassword))) {
        await deps.audit.appendAudit(deps.db, {
          organizationId: user.organization_id,
          actorId: user.id,
          actorRole: user.role,
          action: 'auth.password_change_failed',
          resourceType: 'user',
          resourceId: user.id,
          purpose: 'operations',
          outcome: 'deny',
          reason: 'wrong_current_password',
          ...auditRequestFields(call),
        });
        const locked = await deps.throttle.recordFailure(deps.db, keys, { request: call, userId: user.id });
        if (locked) throw locked;
        throw new AppError('validation_failed', WRONG_CURRENT_PASSWORD, { fields: [{ location: 'body', path: 'currentPassword', problem: WRONG_CURRENT_PASSWORD }] });
      }
      assertAcceptablePassword(deps.blocklist, input.newPassword, await passwordContextOf(deps, deps.db, user), 'newPassword');
      const hash = await deps.hasher.hash(input.newPassword);
      await deps.db.transaction().execute(async (trx) => {
        const now = deps.clock.now();
        const locked = await findUserForUpdate(trx, who.organizationId, who.userId);
        // Changed meanwhile (another session, a reset): the current password checked above is stale.
        if (!locked || locked.password_hash !== user.password_hash) throw new AppError('conflict', 'Your password was changed meanwhile. Sign in again.');
        await updateUser(trx, locked.organization_id, locked.id, { password_hash: hash, password_changed_at: now });
        const ended = (await revokeUserSessions(trx, { organizationId: locked.organization_id, userId: locked.id, reason: 'password_changed', now, exceptSessionId: who.sessionId })).sessionIds.length;
        await retireEmailTokens(trx, { organizationId: locked.organization_id, userId: locked.id, purpose: 'reset_password', at: now });
        await deps.mailer.send(trx, {
          organizationId: locked.organization_id,
          userId: locked.id,
          to: await decryptEmail(deps.crypto, trx, locked),
          ...passwordChangedMail(deps.publicUrl, 'changed'),
        });
        await deps.audit.appendAudit(trx, {
          organizationId: locked.organization_id,
          actorId: locked.id,
          actorRole: locked.role,
          action: 'auth.password_changed',
          resourceType: 'user',
          resourceId: locked.id,
          purpose: 'operations',
          outcome: 'allow',
          ...auditRequestFields(call),
          details: { otherSessionsEnded: ended },
        });
      });
      deps.mailer.deliverSoon();
    },
  };
}
