// The users table: the only SQL on it. Personal fields arrive and leave as ciphertext; the
// services encrypt and decrypt them through the crypto module (see user-fields.ts).
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/client';
import type { UsersTable } from '../../db/schema';

export type TUserRow = Selectable<UsersTable>;

export async function insertUser(db: Db, row: Insertable<UsersTable>): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function findUserById(db: Db, organizationId: string, userId: string): Promise<TUserRow | undefined> {
  return db.selectFrom('users').selectAll().where('organization_id', '=', organizationId).where('id', '=', userId).executeTakeFirst();
}

/** By the email's blind index (user-fields.ts emailBlindIndex). */
export async function findUserByEmailIndex(db: Db, organizationId: string, emailIndex: Uint8Array): Promise<TUserRow | undefined> {
  return db.selectFrom('users').selectAll().where('organization_id', '=', organizationId).where('email_bidx', '=', Buffer.from(emailIndex)).executeTakeFirst();
}

/** Locks the row for the rest of the transaction (password, TOTP step and status changes). */
export async function findUserForUpdate(db: Db, organizationId: string, userId: string): Promise<TUserRow | undefined> {
  return db.selectFrom('users').selectAll().where('organization_id', '=', organizationId).where('id', '=', userId).forUpdate().executeTakeFirst();
}

export async function updateUser(db: Db, organizationId: string, userId: string, patch: Updateable<UsersTable>): Promise<void> {
  await db.updateTable('users').set({ ...patch, updated_at: new Date() }).where('organization_id', '=', organizationId).where('id', '=', userId).execute();
}

export async function listUsers(db: Db, organizationId: string): Promise<TUserRow[]> {
  return db.selectFrom('users').selectAll().where('organization_id', '=', organizationId).orderBy('created_at').execute();
}

/**
 * Locks the organization's active administrators (in id order, so concurrent callers queue rather
 * than deadlock) and returns their ids: two administrators demoting each other at once cannot
 * leave the organization without one.
 */
export async function lockActiveAdminIds(db: Db, organizationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .orderBy('id')
    .forUpdate()
    .execute();
  return rows.map((r) => r.id);
}
