// Browser sessions: start (after the password), upgrade (after the second factor, with a new
// token), resolve on every request (CSRF double submit on writes, idle and absolute expiry,
// sliding idle deadline), list, and end (sign out, sign out everywhere, revoke, expiry).
import { randomUUID } from 'node:crypto';
import type { AppClock } from '../../context';
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import type { TAuth } from '../../server/auth';
import type { AuditService } from '../audit/audit.service';
import { authAuditEntry, type TAuthRequest } from './auth.service.audit';
import type { SessionEndReason } from './identity.tables';
import { csrfMatches, generateCsrfToken, UNSAFE_METHODS } from './sessions.cookies';
import { describeDevice } from './sessions.device';
import * as repo from './sessions.repo';
import { generateSecretToken, hashSecretToken, parseSecretToken } from './secret-tokens';

/** Between password and second factor: long enough to scan a QR code, short enough to be useless if stolen. */
export const MFA_STAGE_LIFETIME_SECONDS = 30 * 60;

export type TSessionAuth = Extract<TAuth, { kind: 'session' }>;

/** What a browser gets when a session starts or its token rotates: set both as cookies. */
export interface TIssuedSession {
  sessionId: string;
  sessionToken: string;
  csrfToken: string;
  /** Cookie Max-Age: until the absolute deadline. */
  maxAgeSeconds: number;
  idleExpiresAt: Date;
}

export interface TSessionSummary {
  id: string;
  current: boolean;
  createdAt: string;
  lastActiveAt: string;
  device: string;
}

export interface SessionService {
  startSession(db: Db, input: { organizationId: string; userId: string; request: TAuthRequest; userAgent: string | undefined }): Promise<TIssuedSession>;
  /**
   * The session a cookie names, if alive; null when there is none (or it is gone: an expired one
   * is ended and audited here, once). Throws forbidden when a write lacks the matching CSRF token.
   * A live session's idle deadline moves forward (this request is activity).
   */
  resolveSession(
    db: Db,
    input: { token: string | undefined; method: string; csrfHeader: string | undefined; csrfCookie: string | undefined; request: TAuthRequest },
  ): Promise<{ auth: TSessionAuth; idleExpiresAt: Date } | null>;
  /** Why the cookie's session ended (for "you were signed out after 15 minutes"), if it did. */
  endReasonOf(db: Db, token: string | undefined): Promise<SessionEndReason | undefined>;
  /** Second factor done: stage 'full', a new token and CSRF token, the full lifetime from now. */
  upgradeSession(db: Db, input: { sessionId: string; organizationId: string }): Promise<TIssuedSession>;
  /** Sign out: this session, or every session of the user. Returns how many ended. */
  signOut(db: Db, input: { auth: TSessionAuth; everywhere: boolean; request: TAuthRequest }): Promise<number>;
  /** Ends one of the caller's own sessions; not_found for anyone else's. */
  endOwnSession(db: Db, input: { auth: TSessionAuth; sessionId: string; request: TAuthRequest }): Promise<void>;
  listSessions(db: Db, auth: TSessionAuth): Promise<TSessionSummary[]>;
  /** Ends and audits sessions that expired without a further request; returns how many. */
  sweepOverdueSessions(db: Db, limit?: number): Promise<number>;
}

const tokenDigest = (token: string): Buffer => Buffer.from(hashSecretToken(token), 'hex');

/**
 * @example
 *   const sessions = createSessionService({ clock, audit });
 *   const issued = await sessions.startSession(db, { organizationId, userId, request, userAgent });
 */
export function createSessionService(deps: { clock: AppClock; audit: AuditService }): SessionService {
  const issue = async (policy: repo.TSessionPolicy, stage: 'mfa' | 'full', now: Date) => {
    const { token, hash } = generateSecretToken('session');
    const csrf = generateCsrfToken();
    const lifetimeSeconds = stage === 'mfa' ? MFA_STAGE_LIFETIME_SECONDS : policy.sessionLifetimeHours * 3600;
    const absoluteExpiresAt = new Date(now.getTime() + lifetimeSeconds * 1000);
    const idle = new Date(now.getTime() + policy.idleTimeoutMinutes * 60_000);
    const idleExpiresAt = idle < absoluteExpiresAt ? idle : absoluteExpiresAt;
    return { token, tokenHash: Buffer.from(hash, 'hex'), csrf, lifetimeSeconds, absoluteExpiresAt, idleExpiresAt };
  };

  async function expire(db: Db, session: repo.TSessionWithUser, reason: 'idle' | 'expired', request: TAuthRequest | null): Promise<void> {
    const now = deps.clock.now();
    await db.transaction().execute(async (trx) => {
      if (!(await repo.endSessionIfExpired(trx, { id: session.id, now, reason }))) return;
      await deps.audit.appendAudit(
        trx,
        authAuditEntry(request, {
          organizationId: session.organization_id,
          action: reason === 'idle' ? 'auth.session_idle_expired' : 'auth.session_expired',
          outcome: 'allow',
          actorId: session.user_id,
          actorRole: session.role,
          resourceType: 'session',
          resourceId: session.id,
          reason,
          details: { stage: session.stage, lastSeenAt: new Date(session.last_seen_at).toISOString() },
        }),
      );
    });
  }

  const overdueReason = (s: Pick<repo.TSessionRow, 'idle_expires_at' | 'absolute_expires_at'>, now: Date): 'idle' | 'expired' | undefined => {
    const idle = new Date(s.idle_expires_at).getTime();
    const absolute = new Date(s.absolute_expires_at).getTime();
    if (Math.min(idle, absolute) > now.getTime()) return undefined;
    return absolute <= idle ? 'expired' : 'idle';
  };

  return {
    async startSession(db, input) {
      const now = deps.clock.now();
      const policy = await repo.findSessionPolicy(db, input.organizationId);
      const t = await issue(policy, 'mfa', now);
      const sessionId = randomUUID();
      await repo.insertSession(db, {
        id: sessionId,
        token_hash: t.tokenHash,
        organization_id: input.organizationId,
        user_id: input.userId,
        stage: 'mfa',
        csrf_hash: t.csrf.hash,
        created_at: now,
        last_seen_at: now,
        idle_expires_at: t.idleExpiresAt,
        absolute_expires_at: t.absoluteExpiresAt,
        client_ip: input.request.clientAddress.slice(0, 64),
        user_agent: input.userAgent ? input.userAgent.slice(0, 256) : null,
      });
      return { sessionId, sessionToken: t.token, csrfToken: t.csrf.token, maxAgeSeconds: t.lifetimeSeconds, idleExpiresAt: t.idleExpiresAt };
    },

    async resolveSession(db, input) {
      // Malformed or foreign values never reach the database.
      if (!input.token || !parseSecretToken(input.token, 'session')) return null;
      const session = await repo.findSessionByTokenHash(db, tokenDigest(input.token));
      if (!session || session.ended_at !== null) return null;
      const now = deps.clock.now();
      const overdue = overdueReason(session, now);
      if (overdue) {
        await expire(db, session, overdue, input.request);
        return null;
      }
      if (session.user_status !== 'active') return null;
      if (UNSAFE_METHODS.has(input.method) && !csrfMatches({ header: input.csrfHeader, cookie: input.csrfCookie, storedHash: session.csrf_hash })) {
        throw new AppError('forbidden', 'This request is missing its security token (CSRF). Reload the page and try again.');
      }
      const idleExpiresAt = await repo.slideSession(db, { id: session.id, now });
      if (!idleExpiresAt) return null;
      return {
        auth: { kind: 'session', sessionId: session.id, stage: session.stage, userId: session.user_id, organizationId: session.organization_id, role: session.role, patientId: session.patient_id },
        idleExpiresAt,
      };
    },

    async endReasonOf(db, token) {
      if (!token || !parseSecretToken(token, 'session')) return undefined;
      const session = await repo.findSessionByTokenHash(db, tokenDigest(token));
      return session?.end_reason ?? undefined;
    },

    async upgradeSession(db, input) {
      const now = deps.clock.now();
      const policy = await repo.findSessionPolicy(db, input.organizationId);
      const t = await issue(policy, 'full', now);
      const ok = await repo.rotateSession(db, { id: input.sessionId, tokenHash: t.tokenHash, csrfHash: t.csrf.hash, stage: 'full', now, idleExpiresAt: t.idleExpiresAt, absoluteExpiresAt: t.absoluteExpiresAt });
      if (!ok) throw new AppError('unauthenticated', 'Your sign-in has ended. Sign in again.');
      return { sessionId: input.sessionId, sessionToken: t.token, csrfToken: t.csrf.token, maxAgeSeconds: t.lifetimeSeconds, idleExpiresAt: t.idleExpiresAt };
    },

    async signOut(db, input) {
      const now = deps.clock.now();
      const { auth } = input;
      return db.transaction().execute(async (trx) => {
        let ended = (await repo.endSession(trx, { id: auth.sessionId, now, reason: 'logout' })) ? 1 : 0;
        if (input.everywhere) {
          ended += (await repo.endUserSessions(trx, { organizationId: auth.organizationId, userId: auth.userId, now, reason: 'logout_everywhere' })).length;
        }
        await deps.audit.appendAudit(
          trx,
          authAuditEntry(input.request, {
            organizationId: auth.organizationId,
            action: 'auth.logout',
            outcome: 'allow',
            actorId: auth.userId,
            actorRole: auth.role,
            resourceType: 'session',
            resourceId: auth.sessionId,
            details: { everywhere: input.everywhere, sessionsEnded: ended },
          }),
        );
        return ended;
      });
    },

    async endOwnSession(db, input) {
      const now = deps.clock.now();
      const { auth } = input;
      await db.transaction().execute(async (trx) => {
        const ended = await repo.endSession(trx, { id: input.sessionId, now, reason: 'revoked', userId: auth.userId });
        if (!ended) throw new AppError('not_found', 'No such active session');
        await deps.audit.appendAudit(
          trx,
          authAuditEntry(input.request, {
            organizationId: auth.organizationId,
            action: 'auth.session_revoked',
            outcome: 'allow',
            actorId: auth.userId,
            actorRole: auth.role,
            resourceType: 'session',
            resourceId: input.sessionId,
            details: { own: true, current: input.sessionId === auth.sessionId },
          }),
        );
      });
    },

    async listSessions(db, auth) {
      const rows = await repo.listLiveSessions(db, { organizationId: auth.organizationId, userId: auth.userId, now: deps.clock.now() });
      return rows.map((r) => ({
        id: r.id,
        current: r.id === auth.sessionId,
        createdAt: new Date(r.created_at).toISOString(),
        lastActiveAt: new Date(r.last_seen_at).toISOString(),
        device: describeDevice(r.user_agent),
      }));
    },

    async sweepOverdueSessions(db, limit = 500) {
      const now = deps.clock.now();
      const overdue = await repo.findOverdueSessions(db, now, limit);
      let ended = 0;
      for (const s of overdue) {
        const reason = overdueReason(s, now);
        if (!reason) continue;
        const full = await db.transaction().execute(async (trx) => {
          if (!(await repo.endSessionIfExpired(trx, { id: s.id, now, reason }))) return false;
          await deps.audit.appendAudit(
            trx,
            authAuditEntry(null, {
              organizationId: s.organization_id,
              action: reason === 'idle' ? 'auth.session_idle_expired' : 'auth.session_expired',
              outcome: 'allow',
              actorId: s.user_id,
              actorRole: 'system',
              resourceType: 'session',
              resourceId: s.id,
              reason,
            }),
          );
          return true;
        });
        if (full) ended++;
      }
      return ended;
    },
  };
}

/**
 * Ends every active session of a user: for an admin's "revoke sessions", a password change or
 * reset, a 2FA reset. Runs in the caller's transaction; the caller audits its own action (this
 * function appends nothing). Pass `exceptSessionId` to keep the session making the change.
 *
 * @example
 *   await db.transaction().execute(async (trx) => {
 *     const { sessionIds } = await revokeUserSessions(trx, { organizationId, userId, reason: 'revoked', now: ctx.clock.now() });
 *     await ctx.audit.appendAudit(trx, { ...entry, details: { sessionsEnded: sessionIds.length } });
 *   });
 */
export async function revokeUserSessions(
  db: Db,
  input: { organizationId: string; userId: string; reason: Exclude<SessionEndReason, 'idle' | 'expired'>; exceptSessionId?: string; now?: Date },
): Promise<{ sessionIds: string[] }> {
  const sessionIds = await repo.endUserSessions(db, {
    organizationId: input.organizationId,
    userId: input.userId,
    now: input.now ?? new Date(),
    reason: input.reason,
    ...(input.exceptSessionId ? { exceptSessionId: input.exceptSessionId } : {}),
  });
  return { sessionIds };
}
