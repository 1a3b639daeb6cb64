// SQL of user administration on recovery codes and sessions (2FA reset, last sign-in). Ending a
// user's sessions is the session service's revokeUserSessions (sessions.service.ts).
import { sql } from 'kysely';
import type { Db } from '../../db/client';

export async function deleteRecoveryCodes(db: Db, organizationId: string, userId: string): Promise<void> {
  await db.deleteFrom('user_recovery_codes').where('organization_id', '=', organizationId).where('user_id', '=', userId).execute();
}

/** The latest session that passed the second factor, per user (a session is 'full' only after it). */
export async function lastSignIns(db: Db, organizationId: string): Promise<Map<string, Date>> {
  const rows = await db
    .selectFrom('sessions')
    .select(['user_id', sql<Date>`max(created_at)`.as('at')])
    .where('organization_id', '=', organizationId)
    .where('stage', '=', 'full')
    .groupBy('user_id')
    .execute();
  return new Map(rows.map((r) => [r.user_id, new Date(r.at)]));
}
