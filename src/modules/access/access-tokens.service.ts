// Access tokens: issue (scoped within what the issuer can reach now), list, revoke, and resolve a
// presented bearer token into the request's TAuth. Every issue, use and revocation is audited
// with the token id; the token itself is shown once and only its SHA-256 digest is stored.
import { randomUUID } from 'node:crypto';
import type { AppClock } from '../../context';
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import type { TAuth } from '../../server/auth';
import type { TRequestContext } from '../../server/request-context';
import type { AuditService } from '../audit/audit.service';
import { generateSecretToken, hashSecretToken, parseSecretToken, tokenHint } from '../identity/secret-tokens';
import { findAccessToken, findAccessTokenByHash, insertAccessToken, listAccessTokensOfUser, revokeAccessToken, touchAccessToken, type TAccessTokenRow } from './access-tokens.repo';
import { ZTokenScope, type TAccessTokenView, type TTokenScope } from './access-tokens.types';
import { isRole, type ActorToken } from './access.types';
import { loadActor } from './actor-loader';
import { forbidden, type Authorize } from './authorize';
import { validateTokenScope } from './token-scope';

const DAY_MS = 24 * 60 * 60 * 1000;
/** last_used_at is written at most this often per token (the audit log has every use). */
const LAST_USED_GRANULARITY_MS = 60_000;

export interface AccessTokenServiceDeps {
  db: Db;
  audit: Pick<AuditService, 'appendAudit'>;
  clock: AppClock;
  authorize: Authorize;
}

type TSessionAuth = Extract<TAuth, { kind: 'session' }>;

export interface AccessTokenService {
  issueAccessToken(input: { auth: TSessionAuth; name: string; scope: TTokenScope; expiresInDays: number; requestContext: TRequestContext }): Promise<{ token: string; accessToken: TAccessTokenView }>;
  listAccessTokens(input: { auth: TSessionAuth }): Promise<TAccessTokenView[]>;
  revokeAccessToken(input: { auth: TSessionAuth; tokenId: string; requestContext: TRequestContext }): Promise<void>;
  /**
   * The TAuth of an `Authorization: Bearer` header; null when the request carries none. Throws
   * 401 for a malformed, unknown, revoked or expired token, or one whose issuer is no longer active.
   */
  resolveBearer(input: { authorization: string | undefined; requestContext: TRequestContext; route: string; method: string }): Promise<TAuth | null>;
}

/**
 * @example
 *   const tokens = createAccessTokenService({ db: ctx.db, audit: ctx.audit, clock: ctx.clock, authorize });
 *   const { token } = await tokens.issueAccessToken({ auth, name: 'Lab import', scope, expiresInDays: 30, requestContext });
 */
export function createAccessTokenService(deps: AccessTokenServiceDeps): AccessTokenService {
  const { db, audit, clock } = deps;

  return {
    async issueAccessToken({ auth, name, scope, expiresInDays, requestContext }) {
      const now = clock.now();
      const patientId = scope.subject.kind === 'patient' ? scope.subject.patientId : undefined;
      const issuer = await loadActor(db, auth, scope.purpose, { now, ...(patientId ? { patientId } : {}) });
      const result = validateTokenScope({ issuer, scope, expiresAt: new Date(now.getTime() + expiresInDays * DAY_MS), now });
      const base = {
        organizationId: auth.organizationId,
        actorId: auth.userId,
        actorRole: auth.role,
        action: 'access_token.issued',
        resourceType: 'access_token',
        subjectId: patientId ?? null,
        purpose: scope.purpose,
        requestId: requestContext.requestId,
        clientIp: requestContext.clientAddress,
      };
      if (!result.ok) {
        await audit.appendAudit(db, { ...base, outcome: 'deny', reason: result.reasons.map((r) => r.code).join(','), details: { scope: describeScope(scope) } });
        throw forbidden(result);
      }
      const granted: TTokenScope = { ...result.scope, resourceTypes: [...result.scope.resourceTypes] };
      const id = randomUUID();
      const { token, hash } = generateSecretToken('access_token');
      const row = { id, organizationId: auth.organizationId, userId: auth.userId, name, tokenHash: hash, tokenHint: tokenHint(token), scope: granted, createdAt: now, expiresAt: result.expiresAt };
      await db.transaction().execute(async (trx) => {
        await insertAccessToken(trx, row);
        await audit.appendAudit(trx, {
          ...base,
          resourceId: id,
          outcome: 'allow',
          reason: 'token_scope_within_issuer_rights',
          details: { tokenId: id, hint: row.tokenHint, scope: describeScope(granted), expiresAt: result.expiresAt.toISOString() },
        });
      });
      return {
        token,
        accessToken: { id, name, hint: row.tokenHint, scope: granted, createdAt: now.toISOString(), expiresAt: result.expiresAt.toISOString(), revokedAt: null, lastUsedAt: null },
      };
    },

    async listAccessTokens({ auth }) {
      const rows = await listAccessTokensOfUser(db, { organizationId: auth.organizationId, userId: auth.userId });
      return rows.flatMap((r) => {
        const scope = ZTokenScope.safeParse(r.scope);
        return scope.success ? [toView(r, scope.data)] : [];
      });
    },

    async revokeAccessToken({ auth, tokenId, requestContext }) {
      const row = await findAccessToken(db, auth.organizationId, tokenId);
      if (!row) throw new AppError('not_found', 'No such access token');
      const granted = await deps.authorize(db, {
        auth,
        action: 'access_token.manage',
        resource: { kind: 'access_token', organizationId: row.organization_id, ownerUserId: row.user_id },
        purpose: 'operations',
        requestContext,
      });
      await db.transaction().execute(async (trx) => {
        const revoked = await revokeAccessToken(trx, { organizationId: auth.organizationId, tokenId, revokedBy: auth.userId, at: granted.now });
        // Revoking twice is not an error, and not a second event.
        if (revoked) {
          await audit.appendAudit(trx, granted.auditEntry({ action: 'access_token.revoked', resourceId: tokenId, details: { tokenId, hint: row.token_hint } }));
        }
      });
    },

    async resolveBearer({ authorization, requestContext, route, method }) {
      const presented = bearerOf(authorization);
      if (presented === undefined) return null;
      const parsed = parseSecretToken(presented, 'access_token');
      if (!parsed) throw new AppError('unauthenticated', 'The access token is not valid.');
      // The digest of 256 random bits is looked up by equality in a unique index: nothing about
      // the secret leaks through timing, and no token is ever compared in clear.
      const row = await findAccessTokenByHash(db, hashSecretToken(parsed.token));
      if (!row) throw new AppError('unauthenticated', 'The access token is not valid.');

      const now = clock.now();
      const scope = ZTokenScope.safeParse(row.scope);
      const role = isRole(row.issuer_role) ? row.issuer_role : undefined;
      const problem = !scope.success
        ? 'token_scope_invalid'
        : row.revoked_at !== null
          ? 'token_revoked'
          : !(now.getTime() < new Date(row.expires_at).getTime())
            ? 'token_expired'
            : !role || row.issuer_status !== 'active'
              ? 'token_issuer_inactive'
              : undefined;
      const entry = {
        organizationId: row.organization_id,
        actorId: row.user_id,
        actorRole: role ?? 'unknown',
        action: 'access_token.used',
        resourceType: 'access_token',
        resourceId: row.id,
        purpose: scope.success ? scope.data.purpose : 'unknown',
        requestId: requestContext.requestId,
        clientIp: requestContext.clientAddress,
        details: { tokenId: row.id, method, route },
      };
      if (problem || !scope.success || !role) {
        await audit.appendAudit(db, { ...entry, outcome: 'deny', reason: problem ?? 'token_invalid' });
        throw new AppError('unauthenticated', UNAUTHENTICATED_MESSAGES[problem ?? 'token_scope_invalid']);
      }
      await audit.appendAudit(db, { ...entry, outcome: 'allow', reason: 'token_valid' });
      const lastUsed = row.last_used_at ? new Date(row.last_used_at).getTime() : Number.NEGATIVE_INFINITY;
      if (now.getTime() - lastUsed >= LAST_USED_GRANULARITY_MS) {
        await touchAccessToken(db, { tokenId: row.id, at: now, granularityMs: LAST_USED_GRANULARITY_MS });
      }
      const token: ActorToken = {
        tokenId: row.id,
        organizationId: row.organization_id,
        userId: row.user_id,
        scope: scope.data,
        expiresAt: new Date(row.expires_at),
        revokedAt: null,
      };
      return { kind: 'token', userId: row.user_id, organizationId: row.organization_id, role, patientId: row.issuer_patient_id, token };
    },
  };
}

const UNAUTHENTICATED_MESSAGES = {
  token_scope_invalid: 'The access token is not valid.',
  token_revoked: 'The access token has been revoked.',
  token_expired: 'The access token has expired.',
  token_issuer_inactive: 'The access token is no longer valid: its issuer cannot sign in.',
} as const;

/** The credential of `Authorization: Bearer <credential>`; undefined for no header or another scheme. */
function bearerOf(header: string | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  if (match) return match[1];
  // A Bearer header we cannot read is a credential we must refuse, not ignore.
  return /^Bearer\b/i.test(header) ? '' : undefined;
}

/** The scope without ids other than the subject's: for audit details (encrypted). */
function describeScope(scope: TTokenScope): Record<string, unknown> {
  return { resourceTypes: scope.resourceTypes, subject: scope.subject, access: scope.access, purpose: scope.purpose };
}

function toView(r: TAccessTokenRow, scope: TTokenScope): TAccessTokenView {
  const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());
  return {
    id: r.id,
    name: r.name,
    hint: r.token_hint,
    scope,
    createdAt: new Date(r.created_at).toISOString(),
    expiresAt: new Date(r.expires_at).toISOString(),
    revokedAt: iso(r.revoked_at),
    lastUsedAt: iso(r.last_used_at),
  };
}
