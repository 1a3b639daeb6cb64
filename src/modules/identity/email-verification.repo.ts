// The email_tokens table: the only SQL on it. One-time tokens sent by mail (email verification,
// password reset, staff invitation) are stored as SHA-256 digests, never in clear.
import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/client';
import type { EmailTokenPurpose, EmailTokensTable } from './identity.tables';

export type TEmailTokenRow = Selectable<EmailTokensTable>;

export async function insertEmailToken(db: Db, row: Insertable<EmailTokensTable>): Promise<void> {
  await db.insertInto('email_tokens').values(row).execute();
}

/** Locks the token row for the rest of the transaction, so two concurrent uses cannot both pass. */
export async function findEmailTokenForUpdate(db: Db, tokenHash: Uint8Array): Promise<TEmailTokenRow | undefined> {
  return db.selectFrom('email_tokens').selectAll().where('token_hash', '=', Buffer.from(tokenHash)).forUpdate().executeTakeFirst();
}

export async function markEmailTokenUsed(db: Db, id: string, at: Date): Promise<void> {
  await db.updateTable('email_tokens').set({ used_at: at }).where('id', '=', id).execute();
}

/** Retires a user's unused tokens of one purpose (a new link replaces the old ones). */
export async function retireEmailTokens(db: Db, q: { organizationId: string; userId: string; purpose: EmailTokenPurpose; at: Date }): Promise<void> {
  await db
    .updateTable('email_tokens')
    .set({ used_at: q.at })
    .where('organization_id', '=', q.organizationId)
    .where('user_id', '=', q.userId)
    .where('purpose', '=', q.purpose)
    .where('used_at', 'is', null)
    .execute();
}
