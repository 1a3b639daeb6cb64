// Sign-in throttling and lockout, per account and per client address, kept in PostgreSQL. A
// lockout is audited ('auth.lockout') and raises an alert ('account_locked' | 'client_locked')
// for the monitoring console, once, by whichever instance applied it.
import type { AppClock } from '../../context';
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import { insertAlert } from '../alerts/alerts.repo';
import type { AuditService } from '../audit/audit.service';
import type { CryptoService } from '../crypto/crypto.service';
import { authAuditEntry, type TAuthRequest } from './auth.service.audit';
import { lockoutMessage, lockSeconds, secondsUntil, THROTTLE_RULES, type ThrottleScope } from './throttle';
import { findActiveLocks, incrementFailures, lockIfDue, resetFailures, type TThrottleKey } from './throttle.repo';
import { emailBlindIndex } from './user-fields';

export interface ThrottleKeys {
  organizationId: string;
  /** The HMAC of the normalized email (the users.email blind index, computed for any email typed). */
  account: TThrottleKey;
  client: TThrottleKey;
}

export interface ThrottleService {
  /** Keys for a sign-in attempt by email (the account need not exist). */
  keysForEmail(db: Db, q: { organizationId: string; email: string; clientAddress: string }): Promise<ThrottleKeys>;
  /** Keys for a second-factor attempt of a known user (their email blind index). */
  keysForUser(db: Db, q: { organizationId: string; emailIndex: Uint8Array; clientAddress: string }): Promise<ThrottleKeys>;
  /** Throws rate_limited (with retryAfterSeconds) while either key is locked. */
  assertNotLocked(db: Db, keys: ThrottleKeys): Promise<void>;
  /**
   * Counts a failure on both keys; applies (and audits, and alerts) a lockout when one is due.
   * Returns the error to throw if this failure locked a key, so the person learns it at once.
   */
  recordFailure(db: Db, keys: ThrottleKeys, event: { request: TAuthRequest; userId: string | null }): Promise<AppError | undefined>;
  /** A successful sign-in starts the account's count over; the client's count is left alone. */
  recordSuccess(db: Db, keys: ThrottleKeys): Promise<void>;
}

const CLIENT_INDEX_SCOPE = 'auth_throttle.client';

/**
 * @example
 *   const throttle = createThrottleService({ crypto, clock, audit });
 *   const keys = await throttle.keysForEmail(db, { organizationId, email, clientAddress });
 *   await throttle.assertNotLocked(db, keys);
 */
export function createThrottleService(deps: { crypto: CryptoService; clock: AppClock; audit: AuditService }): ThrottleService {
  const clientKey = async (db: Db, organizationId: string, clientAddress: string): Promise<TThrottleKey> => ({
    scope: 'client',
    // Keyed, so the table holds no addresses in clear.
    key: await deps.crypto.blindIndex(db, { organizationId, scope: CLIENT_INDEX_SCOPE, value: clientAddress, normalization: 'exact' }),
  });

  const rateLimited = (scope: ThrottleScope, retryAfterSeconds: number): AppError =>
    new AppError('rate_limited', lockoutMessage(scope, retryAfterSeconds), { retryAfterSeconds, scope });

  async function lockout(db: Db, keys: ThrottleKeys, k: TThrottleKey, state: { lockedUntil: Date | null; lockouts: number }, event: { request: TAuthRequest; userId: string | null }) {
    const rule = THROTTLE_RULES[k.scope];
    const now = deps.clock.now();
    const recent = state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime() - rule.memorySeconds * 1000;
    const lockouts = recent ? state.lockouts + 1 : 1;
    const seconds = lockSeconds(rule, lockouts);
    const lockedUntil = new Date(now.getTime() + seconds * 1000);
    return db.transaction().execute(async (trx) => {
      const locked = await lockIfDue(trx, k, { now, maxFailures: rule.maxFailures, lockedUntil, lockouts });
      if (!locked) return undefined;
      const { id } = await deps.audit.appendAudit(
        trx,
        authAuditEntry(event.request, {
          organizationId: keys.organizationId,
          action: 'auth.lockout',
          outcome: 'deny',
          resourceType: k.scope === 'account' ? 'user' : 'auth_throttle',
          resourceId: k.scope === 'account' ? event.userId : null,
          reason: `${k.scope}_locked`,
          details: { scope: k.scope, lockoutNumber: lockouts, lockSeconds: seconds, failures: rule.maxFailures },
        }),
      );
      await insertAlert(trx, {
        organizationId: keys.organizationId,
        kind: k.scope === 'account' ? 'account_locked' : 'client_locked',
        severity: lockouts > 1 || k.scope === 'client' ? 'critical' : 'warning',
        summary:
          k.scope === 'account'
            ? `Sign-in to an account (${event.userId ? 'registered' : 'not registered'}) locked for ${seconds / 60} minutes after ${rule.maxFailures} failed attempts (lockout ${lockouts} in a day)`
            : `A client address locked for ${seconds / 60} minutes after ${rule.maxFailures} failed sign-in attempts (lockout ${lockouts} in a day)`,
        userId: k.scope === 'account' ? event.userId : null,
        auditEntryId: id,
        at: now,
      });
      return rateLimited(k.scope, seconds);
    });
  }

  return {
    async keysForEmail(db, q) {
      return {
        organizationId: q.organizationId,
        account: { scope: 'account', key: await emailBlindIndex(deps.crypto, db, q.organizationId, q.email) },
        client: await clientKey(db, q.organizationId, q.clientAddress),
      };
    },
    async keysForUser(db, q) {
      return { organizationId: q.organizationId, account: { scope: 'account', key: Buffer.from(q.emailIndex) }, client: await clientKey(db, q.organizationId, q.clientAddress) };
    },
    async assertNotLocked(db, keys) {
      const now = deps.clock.now();
      const locks = await findActiveLocks(db, [keys.account, keys.client], now);
      if (locks.length === 0) return;
      // The longest wait decides; the account lock is named first when both apply.
      const longest = locks.reduce((a, b) => (b.lockedUntil!.getTime() > a.lockedUntil!.getTime() ? b : a));
      throw rateLimited(longest.scope, secondsUntil(longest.lockedUntil!, now));
    },
    async recordFailure(db, keys, event) {
      const now = deps.clock.now();
      let error: AppError | undefined;
      for (const k of [keys.account, keys.client]) {
        const rule = THROTTLE_RULES[k.scope];
        const state = await incrementFailures(db, k, { now, windowSeconds: rule.windowSeconds });
        if (state.failures < rule.maxFailures) continue;
        error = (await lockout(db, keys, k, state, event)) ?? error;
      }
      return error;
    },
    async recordSuccess(db, keys) {
      await resetFailures(db, keys.account, deps.clock.now());
    },
  };
}
