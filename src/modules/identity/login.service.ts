// Sign-in, first factor: email and password. Always the same work and the same answer whether or
// not the account exists (argon2 against a dummy hash, one generic message, the same throttle
// keys), and never a full session: a correct password yields a session at stage 'mfa'.
import type { AppClock } from '../../context';
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import type { AuditService } from '../audit/audit.service';
import { authAuditEntry, type TAuthRequest } from './auth.service.audit';
import type { PasswordHasher } from './password-hash';
import type { SessionService, TIssuedSession } from './sessions.service';
import type { ThrottleService } from './throttle.service';
import { findUserByEmailIndex, updateUser, type TUserRow } from './users.repo';

export const LOGIN_FAILED_MESSAGE = 'The email address or password is not right, or the email address is not verified yet.';

export type TLoginStatus = 'mfa_required' | 'mfa_enrollment_required';

/** Why a sign-in failed, for the audit log only (the person always reads LOGIN_FAILED_MESSAGE). */
export type LoginFailureReason = 'unknown_account' | 'no_password' | 'bad_password' | 'email_not_verified' | 'account_not_active' | 'locked';

export interface LoginService {
  /**
   * Checks the password and starts a session at stage 'mfa'. Throws unauthenticated (generic
   * message) or rate_limited (with retryAfterSeconds) otherwise.
   */
  login(
    db: Db,
    input: { organizationId: string; email: string; password: string; request: TAuthRequest; userAgent: string | undefined },
  ): Promise<{ status: TLoginStatus; session: TIssuedSession; userId: string }>;
}

/**
 * @example
 *   const login = createLoginService({ clock, audit, hasher, sessions, throttle });
 *   const { status, session } = await login.login(db, { organizationId, email, password, request, userAgent });
 */
export function createLoginService(deps: { clock: AppClock; audit: AuditService; hasher: PasswordHasher; sessions: SessionService; throttle: ThrottleService }): LoginService {
  const failureOf = async (user: TUserRow | undefined, password: string): Promise<LoginFailureReason | undefined> => {
    if (!user) return deps.hasher.verifyUnknownAccount(password).then(() => 'unknown_account');
    if (!user.password_hash) return deps.hasher.verifyUnknownAccount(password).then(() => 'no_password');
    if (!(await deps.hasher.verify(user.password_hash, password))) return 'bad_password';
    // Checked after the password so the answer's timing is the same as for a wrong password.
    if (user.status !== 'active') return 'account_not_active';
    if (!user.email_verified_at) return 'email_not_verified';
    return undefined;
  };

  return {
    async login(db, input) {
      const keys = await deps.throttle.keysForEmail(db, { organizationId: input.organizationId, email: input.email, clientAddress: input.request.clientAddress });
      const auditFailure = (reason: LoginFailureReason, userId: string | null) =>
        deps.audit.appendAudit(
          db,
          authAuditEntry(input.request, { organizationId: input.organizationId, action: 'auth.login_failed', outcome: 'deny', resourceType: 'user', resourceId: userId, reason: 'bad_credentials', details: { cause: reason } }),
        );
      // The account key is the users.email blind index, so it also finds the user.
      const user = await findUserByEmailIndex(db, input.organizationId, keys.account.key);
      try {
        await deps.throttle.assertNotLocked(db, keys);
      } catch (error) {
        await auditFailure('locked', user?.id ?? null);
        throw error;
      }
      const failure = await failureOf(user, input.password);
      if (failure) {
        const locked = await deps.throttle.recordFailure(db, keys, { request: input.request, userId: user?.id ?? null });
        await auditFailure(failure, user?.id ?? null);
        throw locked ?? new AppError('unauthenticated', LOGIN_FAILED_MESSAGE);
      }
      const account = user!;
      // The failure count is not reset here but after the second factor (mfa.service): otherwise
      // someone holding the password could interleave sign-ins to guess TOTP codes without limit.
      const status: TLoginStatus = account.totp_enrolled_at ? 'mfa_required' : 'mfa_enrollment_required';
      const session = await db.transaction().execute(async (trx) => {
        const issued = await deps.sessions.startSession(trx, { organizationId: input.organizationId, userId: account.id, request: input.request, userAgent: input.userAgent });
        await deps.audit.appendAudit(
          trx,
          authAuditEntry(input.request, {
            organizationId: input.organizationId,
            action: 'auth.login',
            outcome: 'allow',
            actorId: account.id,
            actorRole: account.role,
            resourceType: 'session',
            resourceId: issued.sessionId,
            details: { factor: 'password', next: status },
          }),
        );
        // Parameters change over the years; the password is at hand only now.
        if (deps.hasher.needsRehash(account.password_hash!)) {
          await updateUser(trx, input.organizationId, account.id, { password_hash: await deps.hasher.hash(input.password) });
        }
        return issued;
      });
      return { status, session, userId: account.id };
    },
  };
}
