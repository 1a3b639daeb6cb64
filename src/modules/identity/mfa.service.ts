// The second factor: TOTP enrollment (secret under the organization key, confirmed by a first
// code), verification (each code once: totp_last_step), single-use recovery codes, and their
// regeneration. Wrong codes count toward the same lockout as wrong passwords.
import type { AppClock } from '../../context';
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import type { AuditService } from '../audit/audit.service';
import type { CryptoService } from '../crypto/crypto.service';
import { authAuditEntry, type TAuthRequest } from './auth.service.audit';
import * as repo from './mfa.repo';
import { generateRecoveryCodes, hashRecoveryCode, matchRecoveryCode } from './recovery-codes';
import type { SessionService, TIssuedSession, TSessionAuth } from './sessions.service';
import type { ThrottleService } from './throttle.service';
import { generateTotpSecret, totpUri, verifyTotp } from './totp';
import { decryptEmail } from './user-fields';
import { findUserById, findUserForUpdate, type TUserRow } from './users.repo';

export const TOTP_ISSUER = 'Custos';

export type TSecondFactor = { code: string } | { recoveryCode: string };

export interface MfaService {
  /** A new TOTP secret for a user without one (stage 'mfa', or a full session after an admin reset). */
  startTotpEnrollment(db: Db, input: { auth: TSessionAuth }): Promise<{ otpauthUri: string; secret: string }>;
  /** First code proves the app has the secret: enrolled, ten recovery codes (shown once), session upgraded. */
  confirmTotpEnrollment(db: Db, input: { auth: TSessionAuth; code: string; request: TAuthRequest }): Promise<{ session: TIssuedSession; recoveryCodes: string[] }>;
  /** The second factor of a sign-in: a TOTP code or a recovery code; the session becomes 'full'. */
  verifySecondFactor(db: Db, input: { auth: TSessionAuth; factor: TSecondFactor; request: TAuthRequest }): Promise<{ session: TIssuedSession; method: 'totp' | 'recovery_code' }>;
  /** Ten new recovery codes replacing all old ones (a full session of an enrolled user). */
  regenerateRecoveryCodes(db: Db, input: { auth: TSessionAuth; request: TAuthRequest }): Promise<{ recoveryCodes: string[] }>;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string; message: string };

const WRONG_TOTP = 'That code is not right. Codes change every 30 seconds; enter the one your app shows now.';
const REPLAYED_TOTP = 'That code was already used. Wait for the next code in your app and enter that one.';
const WRONG_RECOVERY = 'That recovery code is not right, or it was used before.';

/**
 * @example
 *   const mfa = createMfaService({ crypto, clock, audit, sessions, throttle });
 *   const { otpauthUri } = await mfa.startTotpEnrollment(db, { auth });
 */
export function createMfaService(deps: { crypto: CryptoService; clock: AppClock; audit: AuditService; sessions: SessionService; throttle: ThrottleService }): MfaService {
  const secretBinding = (user: Pick<TUserRow, 'organization_id' | 'id'>) => ({ organizationId: user.organization_id, table: 'users', column: 'totp_secret_ct', rowId: user.id });

  const loadUser = async (db: Db, auth: TSessionAuth): Promise<TUserRow> => {
    const user = await findUserById(db, auth.organizationId, auth.userId);
    if (!user || user.status !== 'active') throw new AppError('unauthenticated', 'Sign in to continue');
    return user;
  };

  const readSecret = async (db: Db, user: TUserRow): Promise<string> =>
    (await deps.crypto.decryptForOrganization(db, secretBinding(user), user.totp_secret_ct!)).toString('utf8');

  const newRecoveryCodes = async (db: Db, user: TUserRow, now: Date): Promise<string[]> => {
    const codes = generateRecoveryCodes();
    await repo.replaceRecoveryCodes(db, { organizationId: user.organization_id, userId: user.id, hashes: codes.map((c) => Buffer.from(hashRecoveryCode(user.id, c), 'hex')), now });
    return codes;
  };

  /** A wrong code: count it toward lockout, audit it with the root db, answer 401 (or 429 if it locked). */
  const refuse = async (db: Db, user: TUserRow, auth: TSessionAuth, request: TAuthRequest, failure: { reason: string; message: string }, method: string): Promise<never> => {
    const keys = await deps.throttle.keysForUser(db, { organizationId: user.organization_id, emailIndex: user.email_bidx, clientAddress: request.clientAddress });
    const locked = await deps.throttle.recordFailure(db, keys, { request, userId: user.id });
    await deps.audit.appendAudit(
      db,
      authAuditEntry(request, { organizationId: user.organization_id, action: 'auth.mfa_failed', outcome: 'deny', actorId: user.id, actorRole: user.role, resourceType: 'session', resourceId: auth.sessionId, reason: failure.reason, details: { method } }),
    );
    throw locked ?? new AppError('unauthenticated', failure.message);
  };

  const assertNotLocked = async (db: Db, user: TUserRow, request: TAuthRequest): Promise<void> => {
    const keys = await deps.throttle.keysForUser(db, { organizationId: user.organization_id, emailIndex: user.email_bidx, clientAddress: request.clientAddress });
    await deps.throttle.assertNotLocked(db, keys);
  };

  const resetThrottle = async (db: Db, user: TUserRow, request: TAuthRequest): Promise<void> => {
    const keys = await deps.throttle.keysForUser(db, { organizationId: user.organization_id, emailIndex: user.email_bidx, clientAddress: request.clientAddress });
    await deps.throttle.recordSuccess(db, keys);
  };

  return {
    async startTotpEnrollment(db, { auth }) {
      const user = await loadUser(db, auth);
      if (user.totp_enrolled_at) throw new AppError('conflict', 'Two-factor authentication is already set up for this account.');
      const secret = generateTotpSecret();
      const now = deps.clock.now();
      const secretCt = await deps.crypto.encryptForOrganization(db, secretBinding(user), Buffer.from(secret, 'utf8'));
      if (!(await repo.setPendingTotpSecret(db, { organizationId: user.organization_id, userId: user.id, secretCt, now }))) {
        throw new AppError('conflict', 'Two-factor authentication is already set up for this account.');
      }
      // The label is the email: what the person recognizes in their app, and nothing clinical.
      const accountName = await decryptEmail(deps.crypto, db, user);
      return { otpauthUri: totpUri({ secret, issuer: TOTP_ISSUER, accountName }), secret };
    },

    async confirmTotpEnrollment(db, { auth, code, request }) {
      const user = await loadUser(db, auth);
      await assertNotLocked(db, user, request);
      const now = deps.clock.now();
      const outcome = await db.transaction().execute(async (trx): Promise<Outcome<{ session: TIssuedSession; recoveryCodes: string[] }>> => {
        const locked = await findUserForUpdate(trx, auth.organizationId, auth.userId);
        if (!locked) throw new AppError('unauthenticated', 'Sign in to continue');
        if (locked.totp_enrolled_at) throw new AppError('conflict', 'Two-factor authentication is already set up for this account.');
        if (!locked.totp_secret_ct) throw new AppError('conflict', 'Start the set-up first: the QR code comes with it.');
        const result = verifyTotp({ secret: await readSecret(trx, locked), code, now, lastUsedStep: locked.totp_last_step });
        if (!result.ok) return { ok: false, reason: `totp_${result.reason}`, message: result.reason === 'replayed' ? REPLAYED_TOTP : WRONG_TOTP };
        await repo.markTotpEnrolled(trx, { organizationId: locked.organization_id, userId: locked.id, step: result.step, now });
        const recoveryCodes = await newRecoveryCodes(trx, locked, now);
        const session = await deps.sessions.upgradeSession(trx, { sessionId: auth.sessionId, organizationId: auth.organizationId });
        await deps.audit.appendAudit(
          trx,
          authAuditEntry(request, { organizationId: locked.organization_id, action: 'auth.mfa_enrolled', outcome: 'allow', actorId: locked.id, actorRole: locked.role, resourceType: 'session', resourceId: auth.sessionId, details: { method: 'totp', recoveryCodesIssued: recoveryCodes.length } }),
        );
        return { ok: true, value: { session, recoveryCodes } };
      });
      if (!outcome.ok) return refuse(db, user, auth, request, outcome, 'totp');
      await resetThrottle(db, user, request);
      return outcome.value;
    },

    async verifySecondFactor(db, { auth, factor, request }) {
      if (auth.stage !== 'mfa') throw new AppError('conflict', 'This session has already passed two-factor sign-in.');
      const user = await loadUser(db, auth);
      if (!user.totp_enrolled_at) throw new AppError('conflict', 'Set up two-factor authentication first.');
      await assertNotLocked(db, user, request);
      const now = deps.clock.now();
      const method = 'code' in factor ? 'totp' : 'recovery_code';
      const outcome = await db.transaction().execute(async (trx): Promise<Outcome<{ session: TIssuedSession; recoveryCodesRemaining: number | null }>> => {
        const locked = await findUserForUpdate(trx, auth.organizationId, auth.userId);
        if (!locked?.totp_enrolled_at || !locked.totp_secret_ct) throw new AppError('conflict', 'Set up two-factor authentication first.');
        let recoveryCodesRemaining: number | null = null;
        if ('code' in factor) {
          const result = verifyTotp({ secret: await readSecret(trx, locked), code: factor.code, now, lastUsedStep: locked.totp_last_step });
          if (!result.ok) return { ok: false, reason: `totp_${result.reason}`, message: result.reason === 'replayed' ? REPLAYED_TOTP : WRONG_TOTP };
          // The row lock makes this unconditional in practice; the condition guards anyway.
          if (!(await repo.advanceTotpStep(trx, { organizationId: locked.organization_id, userId: locked.id, step: result.step, now }))) {
            return { ok: false, reason: 'totp_replayed', message: REPLAYED_TOTP };
          }
        } else {
          const unused = await repo.listUnusedRecoveryCodes(trx, { organizationId: locked.organization_id, userId: locked.id });
          const index = matchRecoveryCode(locked.id, factor.recoveryCode, unused.map((r) => Buffer.from(r.code_hash).toString('hex')));
          if (index < 0 || !(await repo.markRecoveryCodeUsed(trx, { id: unused[index]!.id, now }))) {
            return { ok: false, reason: 'recovery_code_invalid', message: WRONG_RECOVERY };
          }
          recoveryCodesRemaining = unused.length - 1;
        }
        const session = await deps.sessions.upgradeSession(trx, { sessionId: auth.sessionId, organizationId: auth.organizationId });
        await deps.audit.appendAudit(
          trx,
          authAuditEntry(request, {
            organizationId: locked.organization_id,
            action: 'auth.mfa_verified',
            outcome: 'allow',
            actorId: locked.id,
            actorRole: locked.role,
            resourceType: 'session',
            resourceId: auth.sessionId,
            details: { method, ...(recoveryCodesRemaining === null ? {} : { recoveryCodesRemaining }) },
          }),
        );
        return { ok: true, value: { session, recoveryCodesRemaining } };
      });
      if (!outcome.ok) return refuse(db, user, auth, request, outcome, method);
      await resetThrottle(db, user, request);
      return { session: outcome.value.session, method };
    },

    async regenerateRecoveryCodes(db, { auth, request }) {
      if (auth.stage !== 'full') throw new AppError('unauthenticated', 'Finish two-factor sign-in to continue');
      const user = await loadUser(db, auth);
      if (!user.totp_enrolled_at) throw new AppError('conflict', 'Set up two-factor authentication first.');
      return db.transaction().execute(async (trx) => {
        const recoveryCodes = await newRecoveryCodes(trx, user, deps.clock.now());
        await deps.audit.appendAudit(
          trx,
          authAuditEntry(request, { organizationId: user.organization_id, action: 'auth.recovery_codes_regenerated', outcome: 'allow', actorId: user.id, actorRole: user.role, resourceType: 'user', resourceId: user.id, details: { recoveryCodesIssued: recoveryCodes.length } }),
        );
        return { recoveryCodes };
      });
    },
  };
}
