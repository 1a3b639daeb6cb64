// One-time email tokens (verification, password reset, invitation) and the verification of an
// email address. A token is 256 random bits in the Custos token format, mailed once, stored as
// its SHA-256 digest, single use, and expires (24 h, 30 min, 72 h). Taking a token locks its row,
// so two concurrent uses of one token cannot both succeed.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import { auditRequestFields, TOKEN_LIFETIME_MS, type AccountDeps, type TCallContext } from './account.types';
import { findEmailTokenForUpdate, insertEmailToken, markEmailTokenUsed, retireEmailTokens, type TEmailTokenRow } from './email-verification.repo';
import type { EmailTokenPurpose } from './identity.tables';
import { generateSecretToken, hashSecretToken, parseSecretToken, type SecretTokenKind } from './secret-tokens';
import { findUserForUpdate, updateUser } from './users.repo';

const TOKEN_KIND: Record<EmailTokenPurpose, SecretTokenKind> = {
  verify_email: 'email_verification',
  reset_password: 'password_reset',
  invitation: 'invitation',
};

/** One sentence for every unusable link: which case it was is nobody's business but the audit log's. */
export const INVALID_LINK_MESSAGE = 'This link is not valid: it was already used, it has expired, or a newer one replaced it. Ask for a new one.';

/**
 * Makes a new token for a user (retiring their unused ones of the same purpose) and returns it;
 * the caller mails it in the same transaction.
 *
 * @example
 *   const { token, expiresAt } = await issueEmailToken(trx, { organizationId, userId, purpose: 'verify_email', now });
 */
export async function issueEmailToken(
  db: Db,
  q: { organizationId: string; userId: string; purpose: EmailTokenPurpose; now: Date },
): Promise<{ token: string; expiresAt: Date }> {
  await retireEmailTokens(db, { organizationId: q.organizationId, userId: q.userId, purpose: q.purpose, at: q.now });
  const { token, hash } = generateSecretToken(TOKEN_KIND[q.purpose]);
  const expiresAt = new Date(q.now.getTime() + TOKEN_LIFETIME_MS[q.purpose]);
  await insertEmailToken(db, {
    id: randomUUID(),
    token_hash: Buffer.from(hash, 'hex'),
    organization_id: q.organizationId,
    user_id: q.userId,
    purpose: q.purpose,
    expires_at: expiresAt,
    created_at: q.now,
  });
  return { token, expiresAt };
}

export type TTokenRefusal = 'malformed' | 'unknown' | 'wrong_purpose' | 'used' | 'expired';

/**
 * Takes a token (marks it used) if it is well formed, known, of this purpose, unused and not
 * expired; otherwise says why, without changing anything. Run it in the transaction that acts on it.
 */
export async function takeEmailToken(
  db: Db,
  q: { token: string; purpose: EmailTokenPurpose; now: Date },
): Promise<{ ok: true; row: TEmailTokenRow } | { ok: false; refusal: TTokenRefusal; row?: TEmailTokenRow }> {
  const parsed = parseSecretToken(q.token.trim(), TOKEN_KIND[q.purpose]);
  if (!parsed) return { ok: false, refusal: 'malformed' };
  const row = await findEmailTokenForUpdate(db, Buffer.from(hashSecretToken(parsed.token), 'hex'));
  if (!row) return { ok: false, refusal: 'unknown' };
  if (row.purpose !== q.purpose) return { ok: false, refusal: 'wrong_purpose', row };
  if (row.used_at !== null) return { ok: false, refusal: 'used', row };
  if (new Date(row.expires_at).getTime() <= q.now.getTime()) return { ok: false, refusal: 'expired', row };
  await markEmailTokenUsed(db, row.id, q.now);
  return { ok: true, row };
}

/**
 * Records a refused token on the root database (there is nothing else to commit) and returns the
 * error to throw. Unknown tokens are recorded under the installation's organization.
 */
export async function refuseToken(
  deps: Pick<AccountDeps, 'db' | 'audit' | 'organizationId'>,
  q: { action: string; refusal: TTokenRefusal; row?: TEmailTokenRow | undefined; call: TCallContext },
): Promise<AppError> {
  await deps.audit.appendAudit(deps.db, {
    organizationId: q.row?.organization_id ?? deps.organizationId,
    actorId: q.row?.user_id ?? null,
    actorRole: 'anonymous',
    action: q.action,
    resourceType: 'email_token',
    resourceId: q.row?.id ?? null,
    purpose: 'operations',
    outcome: 'deny',
    reason: `token_${q.refusal}`,
    ...auditRequestFields(q.call),
  });
  return new AppError('bad_request', INVALID_LINK_MESSAGE, { reason: q.refusal });
}

export interface EmailVerificationService {
  /** Marks the email of the token's user verified (the token is then used up). */
  verifyEmail(token: string, call: TCallContext): Promise<void>;
}

/**
 * @example
 *   const verification = createEmailVerificationService(deps);
 *   await verification.verifyEmail(body.token, getRequestContext(request));
 */
export function createEmailVerificationService(deps: Pick<AccountDeps, 'db' | 'audit' | 'clock' | 'organizationId'>): EmailVerificationService {
  return {
    async verifyEmail(token, call) {
      const now = deps.clock.now();
      const result = await deps.db.transaction().execute(async (trx) => {
        const taken = await takeEmailToken(trx, { token, purpose: 'verify_email', now });
        if (!taken.ok) return taken;
        const user = await findUserForUpdate(trx, taken.row.organization_id, taken.row.user_id);
        if (!user) return { ok: false as const, refusal: 'unknown' as const, row: taken.row };
        if (!user.email_verified_at) await updateUser(trx, user.organization_id, user.id, { email_verified_at: now });
        await deps.audit.appendAudit(trx, {
          organizationId: user.organization_id,
          actorId: user.id,
          actorRole: user.role,
          action: 'auth.email_verified',
          resourceType: 'user',
          resourceId: user.id,
          subjectId: user.patient_id,
          purpose: 'operations',
          outcome: 'allow',
          ...auditRequestFields(call),
        });
        return taken;
      });
      if (!result.ok) throw await refuseToken(deps, { action: 'auth.email_verify_failed', refusal: result.refusal, row: result.row, call });
    },
  };
}
