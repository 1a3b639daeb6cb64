// Access tokens for integrations: the only SQL on access_tokens. The token itself is never here,
// only its SHA-256 digest (secret-tokens.ts hashSecretToken).
import type { Selectable } from 'kysely';
import type { Db } from '../../db/client';
import type { AccessTokensTable } from './access.tables';

export type TAccessTokenRow = Selectable<AccessTokensTable>;

export interface TNewAccessToken {
  id: string;
  organizationId: string;
  userId: string;
  name: string;
  /** Hex SHA-256 of the token. */
  tokenHash: string;
  tokenHint: string;
  scope: unknown;
  createdAt: Date;
  expiresAt: Date;
}

export async function insertAccessToken(db: Db, t: TNewAccessToken): Promise<void> {
  await db
    .insertInto('access_tokens')
    .values({
      id: t.id,
      organization_id: t.organizationId,
      user_id: t.userId,
      name: t.name,
      token_hash: Buffer.from(t.tokenHash, 'hex'),
      token_hint: t.tokenHint,
      scope: JSON.stringify(t.scope),
      created_at: t.createdAt,
      expires_at: t.expiresAt,
    })
    .execute();
}

export interface TAccessTokenWithIssuer extends TAccessTokenRow {
  /** The issuing user as of now (null fields: the user row is gone). */
  issuer_role: string | null;
  issuer_status: string | null;
  issuer_patient_id: string | null;
}

/**
 * By digest, across organizations (the bearer names no organization; the row says which it is),
 * with the issuer's current role and status in the same round trip: every API call pays for it.
 */
export async function findAccessTokenByHash(db: Db, tokenHash: string): Promise<TAccessTokenWithIssuer | undefined> {
  return db
    .selectFrom('access_tokens as t')
    .leftJoin('users as u', (j) => j.onRef('u.id', '=', 't.user_id').onRef('u.organization_id', '=', 't.organization_id'))
    .selectAll('t')
    .select(['u.role as issuer_role', 'u.status as issuer_status', 'u.patient_id as issuer_patient_id'])
    .where('t.token_hash', '=', Buffer.from(tokenHash, 'hex'))
    .executeTakeFirst();
}

export async function findAccessToken(db: Db, organizationId: string, tokenId: string): Promise<TAccessTokenRow | undefined> {
  return db.selectFrom('access_tokens').selectAll().where('organization_id', '=', organizationId).where('id', '=', tokenId).executeTakeFirst();
}

export async function listAccessTokensOfUser(db: Db, q: { organizationId: string; userId: string }): Promise<TAccessTokenRow[]> {
  return db
    .selectFrom('access_tokens')
    .selectAll()
    .where('organization_id', '=', q.organizationId)
    .where('user_id', '=', q.userId)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Revokes once; true when this call revoked it (false: unknown or already revoked). */
export async function revokeAccessToken(db: Db, q: { organizationId: string; tokenId: string; revokedBy: string; at: Date }): Promise<boolean> {
  const result = await db
    .updateTable('access_tokens')
    .set({ revoked_at: q.at, revoked_by: q.revokedBy })
    .where('organization_id', '=', q.organizationId)
    .where('id', '=', q.tokenId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Records a use. Writes at most once per `granularityMs` per token, so a busy integration does
 * not turn every read into a row update; the audit log keeps every use anyway.
 */
export async function touchAccessToken(db: Db, q: { tokenId: string; at: Date; granularityMs: number }): Promise<void> {
  const before = new Date(q.at.getTime() - q.granularityMs);
  await db
    .updateTable('access_tokens')
    .set({ last_used_at: q.at })
    .where('id', '=', q.tokenId)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', before)]))
    .execute();
}
